// Bad input in the plan file: every text field is rejected by its path or quoted exactly (see
// badinputcases.h).
#include "backend/run/procedure.h"
#include "badinputcases.h"

using namespace badinput;

// ---- the plan file ---------------------------------------------------------------------------------------

TEST(BadInputPlanFile, EveryTextFieldIsRejectedByItsPathOrQuotedExactly)
{
    PlanFileCase files;
    int rejected = 0, quoted = 0;
    for (const PlanField& field : planFields()) {
        const QString benign =
            field.benign.isEmpty() ? valueAt(files.example(), field.path).toString() : field.benign;
        // Two baselines: the example's own value, and a distinct ordinary one (a path that differs from the
        // share adds a check of its own, for example).
        QList<QMap<QString, Tokenized>> baselines;
        // An instance name without "\\INSTANCE" is a default instance, for which the failover's
        // Install-CsMirrorDatabase leaves -SqlInstanceName out: a third baseline.
        const QString defaultInstance =
            field.path.endsWith(u"Instance.name") ? QStringLiteral("PCSQL09") : QString();
        for (const QString& ordinary :
             {benign, embedded(field.path, QStringLiteral("Benign7")), defaultInstance}) {
            if (ordinary.isEmpty())
                continue;
            const PlanFileCase::Loaded base = files.load(field.path, ordinary);
            ASSERT_TRUE(base.plan.has_value()) << base.loadError.toStdString();
            // The example's value is valid; the second one only where the field's rules allow it.
            ASSERT_TRUE(base.issues.isEmpty() || !baselines.isEmpty())
                << field.path.toStdString() << ": " << base.issues.constFirst().message.toStdString();
            if (base.issues.isEmpty())
                baselines << PlanFileCase::exportScripts(*base.plan);
        }
        const QMap<QString, Tokenized>& baseline = baselines.constFirst();
        QStringList values = hostileValues();
        for (const QString& value : hostileValues()) {
            const QString inPath = embedded(field.path, value);
            if (!inPath.isEmpty())
                values << inPath;
        }
        for (const QString& value : values) {
            const std::string where = field.path.toStdString() + " = " + shown(value);
            const PlanFileCase::Loaded loaded = files.load(field.path, value);
            ASSERT_TRUE(loaded.plan.has_value()) << where << ": " << loaded.loadError.toStdString();
            // Never quoted: an invisible format character in any field, a path in the database name that
            // names the standby file.
            if (value.contains(QChar(0x202E)) || value.contains(QChar(0x200B))) {
                EXPECT_FALSE(loaded.issues.isEmpty())
                    << where << ": an invisible format character was accepted";
            }
            if (field.path == u"mgcDatabase" && value.contains(u'\\')) {
                EXPECT_FALSE(loaded.issues.isEmpty()) << where << ": a path was accepted as a database name";
            }
            if (!loaded.issues.isEmpty()) {
                // Rejected: the message names the field that was written.
                ++rejected;
                const bool named =
                    std::any_of(loaded.issues.begin(), loaded.issues.end(), [&](const ValidationIssue& i) {
                        return i.field == field.path && !i.message.isEmpty();
                    });
                EXPECT_TRUE(named) << where << ": rejected as "
                                   << loaded.issues.constFirst().field.toStdString() << ": "
                                   << loaded.issues.constFirst().message.toStdString();
                continue;
            }
            ++quoted;
            const QJsonObject reloaded = PlanJson::toJson(*loaded.plan);
            // An empty name takes the name SSMS would derive (applyDerivedDefaults); anything else is kept.
            if (!value.isEmpty()) {
                EXPECT_EQ(valueAt(reloaded, field.path).toString(), value) << where << ": not kept exactly";
            }
            const QMap<QString, Tokenized> scripts = PlanFileCase::exportScripts(*loaded.plan);
            EXPECT_EQ(scripts.keys(), baseline.keys()) << where;
            bool found = false;
            for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
                QString skeleton = it->skeleton;
                if (!value.isEmpty() && skeleton.contains(value)) {
                    // Unquoted only where the value is a plain name (a host in a header), never code.
                    EXPECT_TRUE(isPlainName(value) && isPlainName(benign))
                        << where << ": stands unquoted in " << it.key().toStdString();
                    skeleton.replace(value, benign);
                }
                // An empty value may leave out its clause (DESCRIPTION); any other keeps the structure.
                const bool same = std::any_of(baselines.begin(), baselines.end(), [&](const auto& b) {
                    return b.value(it.key()).skeleton == skeleton;
                });
                if (!value.isEmpty()) {
                    EXPECT_TRUE(same)
                        << where << ": the structure of " << it.key().toStdString() << " changed:\n"
                        << skeleton.toStdString();
                }
                for (const QString& expandable : it->expandables) {
                    if (!value.isEmpty() && expandable.contains(value)) {
                        EXPECT_FALSE(value.contains(u'$') || value.contains(u'`'))
                            << where << ": inside an expandable string in " << it.key().toStdString();
                    }
                }
                found = found || std::any_of(it->literals.begin(), it->literals.end(), [&](const QString& l) {
                            return !value.isEmpty() && l.contains(value);
                        });
            }
            if (field.inScripts && !value.isEmpty()) {
                EXPECT_TRUE(found) << where << ": the value is in no quoted token of the scripts";
            }
        }
    }
    std::cout << "plan file: " << rejected << " values rejected by their field, " << quoted
              << " quoted exactly" << std::endl;
    EXPECT_GT(rejected, 0);
    EXPECT_GT(quoted, 0);
}

TEST(BadInputPlanFile, TheCommandLineExportRejectsByPathOrWritesTheSameScripts)
{
    // --plan FILE --export-script DIR, the way change approval gets the scripts: the same verdict and the
    // same bytes as the exporter in-process.
    PlanFileCase files;
    const QString path = QStringLiteral("backup.backupSetName");
    for (const QString& value : hostileValues()) {
        const std::string where = path.toStdString() + " = " + shown(value);
        const PlanFileCase::Loaded loaded = files.load(path, value);
        ASSERT_TRUE(loaded.plan.has_value());
        const QString folder = files.directory() + QStringLiteral("/cli-") + QString::number(qHash(value));
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(PCHAT_FAILBACK_EXE),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--plan"), loaded.file,
                   QStringLiteral("--export-script"), folder});
        ASSERT_TRUE(cli.waitForFinished(30000)) << where;
        const QString errors = QString::fromUtf8(cli.readAllStandardError());
        if (!loaded.issues.isEmpty()) {
            EXPECT_NE(cli.exitCode(), 0) << where;
            EXPECT_TRUE(errors.contains(path)) << where << ": " << errors.toStdString();
            EXPECT_FALSE(QDir(folder).exists(QStringLiteral("03-backup-mgc.sql"))) << where;
            continue;
        }
        EXPECT_EQ(cli.exitCode(), 0) << where << ": " << errors.toStdString();
        const QString inProcess = files.directory() + QStringLiteral("/in-") + QString::number(qHash(value));
        QStringList exportErrors;
        ScriptExporter::exportTo(*loaded.plan, Procedure::failback(), inProcess, &exportErrors);
        QFile a(QDir(folder).filePath(QStringLiteral("03-backup-mgc.sql")));
        QFile b(QDir(inProcess).filePath(QStringLiteral("03-backup-mgc.sql")));
        ASSERT_TRUE(a.open(QIODevice::ReadOnly)) << where;
        ASSERT_TRUE(b.open(QIODevice::ReadOnly)) << where;
        const QByteArray bytes = a.readAll();
        EXPECT_EQ(bytes, b.readAll()) << where;
        QString literal = value;
        literal.replace(u'\'', QStringLiteral("''"));
        EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("N'") + literal + u'\''))
            << where << ": the backup set name is not the N'...' literal of the value";
    }
}

TEST(BadInputPlanFile, TheQuotingRulesTellAQuotedValueFromCode)
{
    // The checks above rest on these readings: a correctly quoted value is one token and leaves the code as
    // it is; the same value spliced in without its quotes doubled changes the code.
    const Tokenized quoted =
        tokenizeTsql(QStringLiteral("BACKUP DATABASE [a]]b] TO DISK = N'O''Brien;--' -- x\n"));
    EXPECT_EQ(quoted.literals, (QStringList{QStringLiteral("a]b"), QStringLiteral("O'Brien;--")}));
    EXPECT_EQ(quoted.skeleton, QStringLiteral("BACKUP DATABASE [id] TO DISK = 's' \n"));
    const Tokenized spliced =
        tokenizeTsql(QStringLiteral("BACKUP DATABASE [a]b] TO DISK = N'O'Brien;--' -- x\n"));
    EXPECT_NE(spliced.skeleton, quoted.skeleton);

    const Tokenized ps =
        tokenizePowerShell(QStringLiteral("Set-CsPersistentChatState -Identity 'O''Brien' # c\n"));
    EXPECT_EQ(ps.literals, QStringList{QStringLiteral("O'Brien")});
    // PowerShell closes a single-quoted string at a typographic quote too: doubled it stays a literal.
    const Tokenized typographic = tokenizePowerShell(QStringLiteral("X -Identity 'O\u2019\u2019Brien'\n"));
    EXPECT_EQ(typographic.literals, QStringList{QStringLiteral("O\u2019Brien")});
    const Tokenized broken = tokenizePowerShell(QStringLiteral("X -Identity 'O\u2019Brien'\n"));
    EXPECT_NE(broken.skeleton, typographic.skeleton);
    const Tokenized expandable = tokenizePowerShell(QStringLiteral("X -Identity \"$(Remove-Item C:\\)\"\n"));
    EXPECT_EQ(expandable.expandables, QStringList{QStringLiteral("$(Remove-Item C:\\)")});
}
