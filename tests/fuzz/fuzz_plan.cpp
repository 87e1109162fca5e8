// libFuzzer target: a plan file as someone hands it over for change approval. It is loaded as --plan loads
// it and, when it loads, validated; a loaded plan must also survive being saved and loaded again unchanged,
// since the wizard saves plans that it later runs.
#include "backend/plan/planjson.h"
#include "backend/plan/planvalidator.h"
#include "fuzzqt.h"

#include <cstdint>
#include <cstdlib>
#include <QFile>
#include <QTemporaryDir>

using namespace pchat;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    pchatfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // PlanJson reads a path; the file lives in one folder for the whole run (scripts/fuzz.sh points TMPDIR
    // at memory).
    static QTemporaryDir folder;
    static const QString path = folder.filePath(QStringLiteral("plan.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    QString error;
    const std::optional<Plan> plan = PlanJson::load(path, &error);
    if (!plan) {
        if (error.isEmpty())
            std::abort(); // a refused plan must say why
        return 0;
    }
    const ValidationIssues issues = PlanValidator::validate(*plan);
    for (const ValidationIssue& issue : issues) {
        if (issue.field.isEmpty() || issue.message.isEmpty())
            std::abort(); // every issue names the field to change and what is wrong
    }
    QStringList errors;
    const Plan again = PlanJson::fromJson(PlanJson::toJson(*plan), &errors);
    if (!errors.isEmpty() || !(again == *plan))
        std::abort();
    return 0;
}
