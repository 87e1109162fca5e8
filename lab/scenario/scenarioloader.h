// Builds a World from a scenario JSON document (instances, databases, logins, file system, Lync pool,
// faults).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pchatlab {

class World;

class ScenarioLoader
{
public:
    // Returns false and sets `error` when the document is not a valid scenario.
    static bool load(const QByteArray& json, World& world, QString* error);
    // A file, or the name of a built-in scenario.
    static bool loadFile(const QString& path, World& world, QString* error);
    // The built-in default scenario (the state right after the failover).
    static QByteArray defaultScenario();
    // The scenarios the lab embeds (resources/scenarios/<name>.json), and one of them by name (empty for
    // another name).
    static QStringList builtInNames();
    static QByteArray builtIn(const QString& name);
};

} // namespace pchatlab
