// A run left unfinished is offered again in words that name the procedure it follows: an interrupted
// failover is an "unfinished failover", in German and in English, never the failback's text.
#include "backend/audit/audittrail.h"
#include "backend/run/procedure.h"
#include "translations/languageswitcher.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <memory>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

using namespace pchat;
using pchat::test::WizardDriver;

namespace {

struct Wording
{
    const char* procedure;
    const char* language;
    const char* title;
    const char* opening;
    const char* other; // the other procedure's word, which must not appear
};

void copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).path());
        ASSERT_TRUE(QFile::copy(path, target)) << path.toStdString();
    }
}

class ResumeWording : public testing::TestWithParam<Wording>
{
protected:
    void TearDown() override { LanguageSwitcher::instance().apply(QStringLiteral("en")); }
};

} // namespace

TEST_P(ResumeWording, TheQuestionNamesTheProcedureOfTheRun)
{
    const Wording& w = GetParam();
    const Procedure& procedure = *Procedure::byName(QString::fromLatin1(w.procedure));
    LanguageSwitcher::instance().apply(QString::fromLatin1(w.language));
    QTemporaryDir root;
    QTemporaryDir crashed;
    {
        // A run that starts; its folder copied while it is open is what a crash leaves (closing the wizard
        // would record the run's end).
        WizardDriver first(WizardDriver::examplePlan(), procedure);
        first.wizard().setAuditRoot(root.path());
        first.confirmAssumptions();
        first.next();
        ASSERT_FALSE(testing::Test::HasFatalFailure());
        ASSERT_NE(first.wizard().auditTrail(), nullptr);
        first.wizard().auditTrail()->flush();
        copyTree(root.path(), crashed.path());
    }
    WizardDriver second(WizardDriver::examplePlan(), procedure);
    // The run's own folder, as --audit-dir names it to continue that run.
    const QStringList runs = QDir(crashed.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_EQ(runs.size(), 1);
    second.wizard().setAuditRoot(QDir(crashed.path()).filePath(runs.constFirst()));
    auto title = std::make_shared<QString>();
    auto text = std::make_shared<QString>();
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, title, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        *title = box->windowTitle();
        *text = box->text();
        if (auto* newRun = box->findChild<QAbstractButton*>(QStringLiteral("newRunButton")))
            newRun->click();
        else
            box->close();
        timer->deleteLater();
    });
    timer->start();
    second.wizard().offerResume();
    EXPECT_EQ(*title, QString::fromUtf8(w.title));
    EXPECT_TRUE(text->startsWith(QString::fromUtf8(w.opening))) << text->toStdString();
    EXPECT_FALSE(text->contains(QString::fromUtf8(w.other), Qt::CaseInsensitive)) << text->toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    ProceduresAndLanguages, ResumeWording,
    testing::Values(
        Wording{"failover", "en", "Unfinished failover", "An unfinished failover run was found", "failback"},
        Wording{"failback", "en", "Unfinished failback", "An unfinished failback run was found", "failover"},
        Wording{"failover", "de", "Nicht abgeschlossenes Failover",
                "Ein nicht abgeschlossener Failover-Durchlauf wurde gefunden", "Failback"},
        Wording{"failback", "de", "Nicht abgeschlossenes Failback",
                "Ein nicht abgeschlossener Failback-Durchlauf wurde gefunden", "Failover"}),
    [](const testing::TestParamInfo<Wording>& info) {
        return std::string(info.param.procedure) + "_" + info.param.language;
    });
