// Reads and writes a plan as JSON (the --plan file); a password is never written.
#pragma once

#include "plan.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>

namespace pchat {

class PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)

public:
    static QJsonObject toJson(const Plan& plan);
    // Missing keys keep the Plan defaults; wrongly typed values are reported in errors (field: reason).
    static Plan fromJson(const QJsonObject& json, QStringList* errors = nullptr);

    // The keys of json that are no longer plan content and were ignored (LocalShellSettings::planKeys).
    static QStringList ignoredKeys(const QJsonObject& json);

    static bool save(const Plan& plan, const QString& path, QString* error);
    // *warnings (if given) receives a sentence per ignored part of the file, for the operator to see.
    static std::optional<Plan> load(const QString& path, QString* error, QStringList* warnings = nullptr);
};

} // namespace pchat
