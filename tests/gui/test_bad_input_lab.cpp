// Bad input that reaches the lab: sent only as literals, and nothing runs that ordinary values do not run.
#include "badinputcases.h"
#include "eventually.h"

#include <optional>

using namespace badinput;

// ---- values that reach the lab
// -----------------------------------------------------------------------------

namespace {

// Waits for Preflight's checks on the current page (running them again when they ran before) and
// acknowledges warnings; returns whether Next opened.
bool runPreflight(WizardDriver& driver)
{
    auto* recheck = driver.find<QPushButton>(QStringLiteral("runChecksButton"));
    if (!recheck)
        return false;
    if (!QTest::qWaitFor([&] { return recheck->isEnabled(); }, 60000))
        return false;
    if (recheck->text().contains(QStringLiteral("Re-chec"))) {
        QTest::mouseClick(recheck, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return recheck->isEnabled(); }, 60000))
            return false;
    }
    auto* acknowledge = driver.find<QCheckBox>(QStringLiteral("acknowledgeWarnings"));
    if (acknowledge && acknowledge->isVisible() && !acknowledge->isChecked())
        QTest::mouseClick(acknowledge, Qt::LeftButton, {}, QPoint(5, acknowledge->height() / 2));
    return driver.nextButton()->isEnabled();
}

void back(WizardDriver& driver)
{
    QTest::mouseClick(driver.wizard().button(QWizard::BackButton), Qt::LeftButton);
}

// Clicks Run and waits for the step to end, whatever the end.
StepStatus runStep(WizardDriver& driver)
{
    auto* page = qobject_cast<StepPage*>(driver.wizard().currentPage());
    auto* run = driver.find<QPushButton>(QStringLiteral("runButton"));
    if (!page || !run || !QTest::qWaitFor([&] { return run->isEnabled(); }, 20000))
        return StepStatus::NotInspected;
    // The run starts once the audit trail could record it: until then the status is the last run's.
    FailbackStep* step = page->stepObject();
    bool started = false;
    const QMetaObject::Connection watch =
        QObject::connect(step, &FailbackStep::statusChanged, step, [&started](StepStatus status) {
            started = started || status == StepStatus::Running;
        });
    QTest::mouseClick(run, Qt::LeftButton);
    const bool ended = QTest::qWaitFor([&] { return started && !page->isBusy(); }, 60000);
    QObject::disconnect(watch);
    return ended ? step->status() : StepStatus::Running;
}

// Re-check (the inspection reads the state again, as after any change of the page), then Run.
StepStatus inspectAndRun(WizardDriver& driver)
{
    auto* page = qobject_cast<StepPage*>(driver.wizard().currentPage());
    auto* inspect = driver.find<QPushButton>(QStringLiteral("inspectButton"));
    if (!page || !inspect || !QTest::qWaitFor([&] { return !page->isBusy() && inspect->isEnabled(); }, 30000))
        return StepStatus::NotInspected;
    QTest::mouseClick(inspect, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !page->isBusy(); }, 30000))
        return StepStatus::Inspecting;
    return runStep(driver);
}

bool fieldRefuses(WizardDriver& driver, const QString& objectName)
{
    auto* edit = driver.find<QLineEdit>(objectName);
    return edit && edit->property("invalid").toBool();
}

// Re-check and Run with the plan's own values: what the step sends then is what a hostile value may change
// only in its literals.
std::optional<Ran> baselineRun(WizardDriver& driver)
{
    const qint64 mark = executedMark();
    const StepStatus status = inspectAndRun(driver);
    if (status != StepStatus::Done) {
        ADD_FAILURE() << "the run with ordinary values ended with status " << int(status);
        return std::nullopt;
    }
    return summarize(executedSince(mark));
}

} // namespace

TEST(BadInputLab, DatabaseAndFolderNamesReachPreflightOnlyAsLiterals)
{
    resetLab();
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.next();
    const QString startState = databasesAndPool();

    // Preflight with the example's names: what it runs with ordinary values.
    qint64 mark = executedMark();
    driver.next();
    ASSERT_TRUE(runPreflight(driver));
    const Ran baseline = summarize(executedSince(mark));
    ASSERT_FALSE(baseline.statements.isEmpty());
    back(driver);

    // Each round puts another value into each field, so that every value meets every field.
    struct Field
    {
        QString objectName;
        QString path;
        bool sent; // Preflight sends it to a server
    };
    const QList<Field> fields{
        {QStringLiteral("mgcDatabase"), QStringLiteral("mgcDatabase"), true},
        {QStringLiteral("mgccompDatabase"), QStringLiteral("mgccompDatabase"), true},
        {QStringLiteral("shareFolder"), QStringLiteral("backup.shareFolder"), true},
        {QStringLiteral("copyDestinationFolder"), QStringLiteral("logShipping.copyDestinationFolder"), true},
        {QStringLiteral("activeServerCollection"), QStringLiteral("lync.activeServerCollection"), false},
        {QStringLiteral("backupInstanceName"), QStringLiteral("backupInstance.name"), false},
        {QStringLiteral("primaryInstanceName"), QStringLiteral("primaryInstance.name"), false},
    };
    QMap<QString, QString> originals;
    for (const Field& field : fields)
        originals.insert(field.objectName, driver.find<QLineEdit>(field.objectName)->text());
    const QStringList& values = hostileValues();
    int sentCount = 0;
    for (int round = 0; round < values.size(); ++round) {
        QStringList sent;
        QStringList typed;
        for (int i = 0; i < fields.size(); ++i) {
            const Field& field = fields.at(i);
            const QString raw = values.at((i + round) % values.size());
            const QString inPath = embedded(field.path, raw);
            const QString value = inPath.isEmpty() ? raw : inPath;
            driver.retype(field.objectName, originals.value(field.objectName));
            Keyboard::typeInto(driver.find<QLineEdit>(field.objectName), value);
            if (fieldRefuses(driver, field.objectName)) {
                driver.retype(field.objectName, originals.value(field.objectName));
                continue;
            }
            typed << field.objectName + u'=' + QString::fromStdString(shown(value));
            if (field.sent && !value.isEmpty())
                sent << value;
        }
        // Two values may refuse each other (mgc and MGC): then the later field takes its original value.
        for (int i = int(fields.size()) - 1; i >= 0 && !driver.nextButton()->isEnabled(); --i) {
            driver.retype(fields.at(i).objectName, originals.value(fields.at(i).objectName));
            sent.removeIf([&](const QString& v) { return typed.value(i).contains(v); });
        }
        ASSERT_TRUE(driver.nextButton()->isEnabled()) << "round " << round;
        mark = executedMark();
        driver.next();
        runPreflight(driver);
        const std::string where = "round " + std::to_string(round) + ": " + typed.join(u' ').toStdString();
        expectLiteralsOnly(baseline, summarize(executedSince(mark)), sent, where);
        sentCount += int(sent.size());
        back(driver);
    }
    for (const Field& field : fields)
        driver.retype(field.objectName, originals.value(field.objectName));
    EXPECT_GT(sentCount, 40) << "too few hostile values reached Preflight";
    EXPECT_EQ(databasesAndPool(), startState) << "Preflight changed the lab's world";
}

TEST(BadInputLab, BackupSetNamesAndDescriptionsReachTheServerOnlyAsLiterals)
{
    resetLab();
    WizardDriver driver;
    StepPage* page = driver.openStepPage(QStringLiteral("backupPage"));
    ASSERT_TRUE(page);
    const std::optional<Ran> baseline = baselineRun(driver);
    ASSERT_TRUE(baseline);
    int ran = 0;
    for (const QString& value : hostileValues()) {
        const std::string where = "backup set name and description = " + shown(value);
        Keyboard::typeInto(driver.find<QLineEdit>(QStringLiteral("backupSetName")), value);
        Keyboard::typeInto(driver.find<QLineEdit>(QStringLiteral("backupDescription")), value);
        if (fieldRefuses(driver, QStringLiteral("backupSetName")) ||
            fieldRefuses(driver, QStringLiteral("backupDescription"))) {
            EXPECT_FALSE(driver.find<QPushButton>(QStringLiteral("runButton"))->isEnabled()) << where;
            continue;
        }
        const qint64 mark = executedMark();
        // A backup is always made anew: the same step runs again with the value.
        EXPECT_EQ(inspectAndRun(driver), StepStatus::Done)
            << where << ": " << page->stepObject()->outcome().summary.toStdString();
        const Ran hostile = summarize(executedSince(mark));
        expectLiteralsOnly(*baseline, hostile, {value}, where);
        // The server took both as whole values: the BACKUP statement's evaluated options.
        bool named = false;
        for (const QJsonObject& e : hostile.entries) {
            if (e.value(QLatin1String("text")).toString() != u"BACKUP DATABASE")
                continue;
            const QStringList args = argsOf(e);
            named = args.contains(QStringLiteral("NAME=") + value) &&
                    args.contains(QStringLiteral("DESCRIPTION=") + value);
            EXPECT_EQ(e.value(QLatin1String("object")).toString(), QStringLiteral("mgc")) << where;
        }
        EXPECT_TRUE(named) << where << ": the BACKUP's NAME and DESCRIPTION are not the values";
        ++ran;
    }
    EXPECT_GE(ran, 15);
}

TEST(BadInputLab, CollectionIdentityReachesTheShellOnlyAsALiteral)
{
    resetLab();
    WizardDriver driver;
    StepPage* page = driver.openStepPage(QStringLiteral("clearActiveServersPage"));
    ASSERT_TRUE(page);
    const std::optional<Ran> baseline = baselineRun(driver);
    ASSERT_TRUE(baseline);
    ASSERT_TRUE(baseline->cmdlets.contains(QStringLiteral("set-cspersistentchatactiveserver")));
    const QString original = driver.wizard().plan().lync.activeServerCollection;
    int ran = 0;
    for (const QString& value : hostileValues()) {
        const std::string where = "active server collection = " + shown(value);
        back(driver);
        back(driver);
        ASSERT_EQ(driver.currentPageName(), QStringLiteral("environmentPage"));
        Keyboard::typeInto(driver.find<QLineEdit>(QStringLiteral("activeServerCollection")), value);
        if (fieldRefuses(driver, QStringLiteral("activeServerCollection"))) {
            EXPECT_FALSE(driver.nextButton()->isEnabled()) << where;
            driver.retype(QStringLiteral("activeServerCollection"), original);
        }
        driver.next();
        ASSERT_TRUE(runPreflight(driver)) << where;
        driver.next();
        PCHAT_TRY_VERIFY(!page->isBusy(), 30000);
        if (driver.wizard().plan().lync.activeServerCollection != value)
            continue;
        const qint64 mark = executedMark();
        // The page still shows the last run's end: Re-check reads the state for the new value, then Run.
        const StepStatus status = inspectAndRun(driver);
        const Ran hostile = summarize(executedSince(mark));
        expectLiteralsOnly(*baseline, hostile, {value}, where);
        // No collection of that name: the cmdlet fails, says so, and changes nothing.
        EXPECT_EQ(status, StepStatus::Failed) << where;
        EXPECT_TRUE(hostile.poolChanges.isEmpty()) << where;
        bool literal = false;
        for (const QJsonObject& e : hostile.entries) {
            if (e.value(QLatin1String("kind")) == QLatin1String("shell-statement") &&
                e.value(QLatin1String("text")) == QLatin1String("Set-CsPersistentChatActiveServer"))
                literal = argsOf(e).contains(value);
        }
        EXPECT_TRUE(literal) << where << ": -Identity did not reach the shell as one literal";
        ++ran;
    }
    EXPECT_GE(ran, 15);
}

TEST(BadInputLab, LogShippingNamesAndFoldersReachTheServerOnlyAsLiterals)
{
    // Step 5 runs once per lab state, so the baseline is a walk with ordinary names and the proof a second
    // walk with a different hostile value in each of its names and folders.
    const auto walkAndRun = [](const QMap<QString, QString>& values, Ran* ran, QStringList* sent) {
        resetLab();
        WizardDriver driver;
        StepPage* page = driver.openStepPage(QStringLiteral("logShippingPage"));
        ASSERT_TRUE(page);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            Keyboard::typeInto(driver.find<QLineEdit>(it.key()), it.value());
            EXPECT_FALSE(fieldRefuses(driver, it.key()))
                << it.key().toStdString() << " = " << shown(it.value());
            *sent << it.value();
        }
        driver.retype(QStringLiteral("confirmSecondaryDatabase"), driver.wizard().plan().mgcDatabase);
        driver.retype(QStringLiteral("confirmSecondaryInstance"), driver.wizard().plan().backupInstance.name);
        const qint64 mark = executedMark();
        const StepStatus status = runStep(driver);
        EXPECT_EQ(status, StepStatus::Done) << page->stepObject()->outcome().summary.toStdString() << " "
                                            << page->stepObject()->outcome().error.text.toStdString();
        *ran = summarize(executedSince(mark));
        if (qEnvironmentVariableIsSet("PCHAT_DEBUG_EXECUTED")) {
            for (const QJsonObject& e : ran->entries)
                std::cout << QJsonDocument(e).toJson(QJsonDocument::Compact).toStdString() << std::endl;
        }
    };
    Ran baseline;
    QStringList none;
    walkAndRun({}, &baseline, &none);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    ASSERT_FALSE(baseline.statements.isEmpty());
    const QMap<QString, QString> hostile{
        {QStringLiteral("backupJobName"), QStringLiteral("a;DROP DATABASE mgc;--")},
        {QStringLiteral("copyJobName"), QStringLiteral("O'Brien")},
        {QStringLiteral("restoreJobName"), QStringLiteral("[x]")},
        {QStringLiteral("backupScheduleName"), QStringLiteral("$(Remove-Item C:\\)")},
        {QStringLiteral("copyScheduleName"), QStringLiteral("`whoami`")},
        {QStringLiteral("restoreScheduleName"), QStringLiteral("M\u00fcller-Stra\u00dfe */ /*")},
        {QStringLiteral("logShippingCopyFolder"), QStringLiteral("E:\\PChatLSCopy\\O'Brien]; --")},
        {QStringLiteral("initializationBackupFile"), QStringLiteral("\u65e5\u672c'];--.bak")},
    };
    Ran ran;
    QStringList sent;
    walkAndRun(hostile, &ran, &sent);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    expectLiteralsOnly(baseline, ran, sent, "log shipping with hostile names");
}
