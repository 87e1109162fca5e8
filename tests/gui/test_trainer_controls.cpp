// The trainer's controls of training mode: Disaster… and Rebuild primary… ask first and change the lab only
// on Yes, and choosing a procedure on the Welcome page brings the lab to where that procedure starts; the UI
// thread keeps serving events throughout.
#include "backend/run/procedure.h"
#include "backend/training/labcontrol.h"
#include "backend/training/traininglab.h"
#include "eventually.h"
#include "failovertraining.h"
#include "labendstate.h"
#include "translations/languageswitcher.h"
#include "wizard/pages/welcomepage.h"
#include "wizard/training/labpreparer.h"
#include "wizard/wizardhost.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace pchat;

namespace {

// Measures the longest time the UI thread went without serving a timer while it lives.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_clock.start();
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_timer.start(10);
    }
    qint64 longestGapMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

// The generous bound of a loaded test machine; a wait for the lab would take seconds.
constexpr qint64 longestAllowedGapMs = 1000;

QStringList downInstances(const LabControl& control)
{
    QStringList down;
    for (const QJsonValue& value :
         control.send(LabControl::instancesRequest()).value(QLatin1String("instances")).toArray()) {
        const QJsonObject instance = value.toObject();
        if (instance.value(QLatin1String("down")).toBool())
            down << instance.value(QLatin1String("name")).toString();
    }
    return down;
}

} // namespace

TEST(TrainerControls, DisasterAndRebuildAskFirstAndChangeTheLabOnlyOnYes)
{
    FailoverTraining training;
    const QString primary = training.wizard().plan().primaryInstance.name;
    const int primaryPort = training.lab().port(primary);
    const QString backupsBefore =
        LabEndState::query(primaryPort, QStringLiteral("SELECT COUNT(*) AS v FROM msdb.dbo.backupset"));
    ASSERT_GT(backupsBefore.toInt(), 0) << "the primary backs up its log before the disaster";
    Heartbeat heartbeat;

    training.pressTrainerButton(QStringLiteral("disasterButton"), false);
    EXPECT_TRUE(downInstances(training.control()).isEmpty());
    EXPECT_EQ(LabEndState::query(primaryPort, QStringLiteral("SELECT 1 AS v")), QStringLiteral("1"));

    training.pressTrainerButton(QStringLiteral("disasterButton"), true);
    EXPECT_TRUE(downInstances(training.control()).contains(primary, Qt::CaseInsensitive));
    // tsql's output when it cannot connect holds no result: the query gives back the error text, not "1".
    EXPECT_NE(LabEndState::query(primaryPort, QStringLiteral("SELECT 1 AS v")), QStringLiteral("1"))
        << "the primary refuses connections";
    auto* result = training.welcome()->findChild<QLabel*>(QStringLiteral("trainerResult"));
    EXPECT_TRUE(result->text().contains(primary)) << result->text().toStdString();
    training.shot(QStringLiteral("trainer-disaster"));

    training.pressTrainerButton(QStringLiteral("rebuildPrimaryButton"), false);
    EXPECT_TRUE(downInstances(training.control()).contains(primary, Qt::CaseInsensitive));

    training.pressTrainerButton(QStringLiteral("rebuildPrimaryButton"), true);
    EXPECT_TRUE(downInstances(training.control()).isEmpty());
    // Back with a fresh mgc, as Topology Builder creates it: ONLINE, and msdb knows no backup of it.
    EXPECT_EQ(
        LabEndState::query(primaryPort,
                           QStringLiteral("SELECT state_desc AS v FROM sys.databases WHERE name = N'mgc'")),
        QStringLiteral("ONLINE"));
    EXPECT_EQ(LabEndState::query(primaryPort, QStringLiteral("SELECT COUNT(*) AS v FROM msdb.dbo.backupset")),
              QStringLiteral("0"));
    EXPECT_LT(heartbeat.longestGapMs(), longestAllowedGapMs);
}

namespace {

// Waits until the Welcome page has prepared the lab, and returns what it tells the trainee.
QString advice(FailbackWizard* wizard)
{
    auto* label = wizard->findChild<QLabel*>(QStringLiteral("labAdvice"));
    EXPECT_NE(label, nullptr);
    if (!label)
        return {};
    EXPECT_TRUE(
        QTest::qWaitFor([label] { return label->isVisible() && !label->text().endsWith(u'…'); }, 30000));
    return label->text();
}

} // namespace

TEST(TrainerControls, ChoosingAProcedureBringsTheLabToWhereItStarts)
{
    TrainingLab lab;
    lab.setLabProgram(QStringLiteral(PCHAT_LAB_EXE));
    lab.setSpeed(400);
    QSignalSpy started(&lab, &TrainingLab::started);
    lab.start(); // the failback's start: the pool FailedOver
    ASSERT_TRUE(started.wait(20000));
    const LabControl control(lab.controlPort());
    ASSERT_EQ(control.poolState(), QStringLiteral("FailedOver"));
    WizardHost host(Procedure::failback(),
                    [&lab](FailbackWizard& built) { FailoverTraining::attachTraining(built, lab); });
    host.wizard()->setPlan(lab.trainingPlan());
    host.wizard()->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(host.wizard()));
    Heartbeat heartbeat;

    // Failover: the lab goes to normal operation with log shipping, and the trainee is told to strike the
    // disaster; Next waits until the lab is there.
    FailbackWizard* failover = test::WizardDriver::chooseProcedure(host, "failoverChoice");
    for (QCheckBox* box : failover->page(FailbackWizard::WelcomePageId)->findChildren<QCheckBox*>())
        box->setChecked(true);
    EXPECT_FALSE(failover->button(QWizard::NextButton)->isEnabled()) << "the lab is being prepared";
    const QString failoverAdvice = advice(failover);
    EXPECT_TRUE(failoverAdvice.contains(QStringLiteral("Disaster…"))) << failoverAdvice.toStdString();
    PCHAT_TRY_VERIFY(failover->button(QWizard::NextButton)->isEnabled(), 10000);
    EXPECT_EQ(control.poolState(), QStringLiteral("Normal"));
    EXPECT_TRUE(control.scenario().value(QLatin1String("disaster")).isObject());
    EXPECT_EQ(failover->plan().backupInstance.address, lab.trainingPlan().backupInstance.address);
    EXPECT_EQ(failover->plan().failover.activeServers, lab.trainingPlan().failover.activeServers);
    test::WizardDriver::screenshot(failover, QStringLiteral("welcome-training-failover"));

    // The trainer strikes the disaster; the failover still fits, so a choice back and forth keeps it only as
    // long as the failover was chosen: the failback needs the state after the failover.
    ASSERT_TRUE(control.disaster().value(QLatin1String("ok")).toBool());
    FailbackWizard* failback = test::WizardDriver::chooseProcedure(host, "failbackChoice");
    const QString failbackAdvice = advice(failback);
    EXPECT_TRUE(failbackAdvice.contains(QStringLiteral("reset"))) << failbackAdvice.toStdString();
    test::WizardDriver::screenshot(failback, QStringLiteral("welcome-training-failback"));
    EXPECT_EQ(control.poolState(), QStringLiteral("FailedOver"));
    EXPECT_TRUE(downInstances(control).isEmpty());

    // Reset lab… returns to the scenario chosen last, not to the one the lab was started with.
    ASSERT_TRUE(control.reset().value(QLatin1String("ok")).toBool());
    EXPECT_EQ(control.poolState(), QStringLiteral("FailedOver"));
    EXPECT_LT(heartbeat.longestGapMs(), longestAllowedGapMs);
}

TEST(TrainerControls, TheLabFitsTheFailoverBeforeItAndTheFailbackAfterIt)
{
    using State = LabPreparer::LabState;
    const auto decide = [](const char* procedure, const State& state) {
        return LabPreparer::decide(QString::fromLatin1(procedure), state);
    };
    // Normal operation with log shipping, before or after the disaster: the failover starts there.
    EXPECT_TRUE(decide("failover", State{QStringLiteral("Normal"), 0, true, false}).resetTo.isEmpty());
    EXPECT_TRUE(decide("failover", State{QStringLiteral("Normal"), 2, true, false}).resetTo.isEmpty());
    // After the failover (the failback's start), or a lab without a disaster to strike: reset.
    EXPECT_EQ(decide("failover", State{QStringLiteral("FailedOver"), 0, false, false}).resetTo,
              QStringLiteral("normal-with-log-shipping"));
    EXPECT_EQ(decide("failover", State{QStringLiteral("Normal"), 0, false, false}).resetTo,
              QStringLiteral("normal-with-log-shipping"));
    // The failback fits the pool FailedOver: rebuilt, or still down (then the trainee rebuilds first).
    EXPECT_TRUE(decide("failback", State{QStringLiteral("FailedOver"), 0, false, false}).resetTo.isEmpty());
    const LabPreparer::Decision down =
        decide("failback", State{QStringLiteral("FailedOver"), 2, true, false});
    EXPECT_TRUE(down.resetTo.isEmpty());
    EXPECT_TRUE(down.advice.contains(QStringLiteral("Rebuild primary…"))) << down.advice.toStdString();
    EXPECT_EQ(decide("failback", State{QStringLiteral("Normal"), 2, true, false}).resetTo,
              QStringLiteral("default-scenario"));
    // The trainer's own scenario file is never replaced; the trainee is told why it does not fit.
    const LabPreparer::Decision file = decide("failback", State{QStringLiteral("Normal"), 0, true, true});
    EXPECT_TRUE(file.resetTo.isEmpty());
    EXPECT_TRUE(file.advice.contains(QStringLiteral("--scenario"))) << file.advice.toStdString();
}
