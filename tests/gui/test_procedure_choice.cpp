// The Welcome page's choice between failback and failover, both ways, in English and German: the wizard of
// the chosen procedure replaces the other with its title, step list and pages, and keeps every typed field.
#include "translations/languageswitcher.h"
#include "wizard/failbackwizard.h"
#include "wizard/wizardhost.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

using namespace pchat;
using pchat::test::WizardDriver;

namespace {

struct Expected
{
    QString language;
    QString failoverTitle;
    QString failbackTitle;
    QString preflight;
};

class ProcedureChoice : public testing::TestWithParam<Expected>
{
protected:
    void SetUp() override { LanguageSwitcher::instance().apply(GetParam().language); }
    void TearDown() override { LanguageSwitcher::instance().apply(QStringLiteral("en")); }

    template <typename T> static T* find(FailbackWizard* wizard, const char* name)
    {
        return wizard->findChild<T*>(QString::fromLatin1(name));
    }
};

} // namespace

TEST_P(ProcedureChoice, SwitchesBothWaysWithTitleStepsAndTypedFields)
{
    const Expected& expected = GetParam();
    WizardHost host(Procedure::failback(), {});
    FailbackWizard* wizard = host.wizard();
    wizard->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard));
    for (QCheckBox* box : wizard->page(FailbackWizard::WelcomePageId)->findChildren<QCheckBox*>())
        box->setChecked(true);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), FailbackWizard::EnvironmentPageId);
    auto* share = find<QLineEdit>(wizard, "shareFolder");
    ASSERT_NE(share, nullptr);
    share->selectAll();
    QTest::keyClicks(share, QStringLiteral("\\\\FS99\\Typed-share"));
    wizard->back();
    const QString failbackWelcome = wizard->currentPage()->title();

    FailbackWizard* failover = WizardDriver::chooseProcedure(host, "failoverChoice");
    ASSERT_NE(failover, wizard);
    EXPECT_TRUE(failover->isVisible());
    EXPECT_EQ(&failover->procedure(), &Procedure::failover());
    EXPECT_EQ(failover->windowTitle(), expected.failoverTitle);
    EXPECT_NE(failover->currentPage()->title(), failbackWelcome);
    WizardDriver::screenshot(failover, QStringLiteral("welcome-failover"));
    EXPECT_TRUE(find<QRadioButton>(failover, "failoverChoice")->isChecked());
    EXPECT_EQ(failover->pageName(FailbackWizard::PreflightPageId), expected.preflight);
    EXPECT_EQ(failover->pageIds().size(), 4 + Procedure::failover().actions().size());
    EXPECT_EQ(failover->plan().backup.shareFolder, QStringLiteral("\\\\FS99\\Typed-share"));
    EXPECT_EQ(find<QLineEdit>(failover, "shareFolder")->text(), QStringLiteral("\\\\FS99\\Typed-share"));

    FailbackWizard* failback = WizardDriver::chooseProcedure(host, "failbackChoice");
    ASSERT_NE(failback, failover);
    EXPECT_EQ(&failback->procedure(), &Procedure::failback());
    EXPECT_EQ(failback->windowTitle(), expected.failbackTitle);
    EXPECT_EQ(failback->currentPage()->title(), failbackWelcome);
    WizardDriver::screenshot(failback, QStringLiteral("welcome-failback"));
    EXPECT_EQ(failback->pageIds().size(), 4 + Procedure::failback().actions().size());
    EXPECT_EQ(failback->pageName(failback->actionPageId(0)),
              QStringLiteral("1. ") + Procedure::failback().actions().constFirst().title());
    EXPECT_EQ(failback->plan().backup.shareFolder, QStringLiteral("\\\\FS99\\Typed-share"));
}

INSTANTIATE_TEST_SUITE_P(
    Languages, ProcedureChoice,
    testing::Values(Expected{QStringLiteral("en"), QStringLiteral("Persistent Chat failover"),
                             QStringLiteral("Persistent Chat failback"), QStringLiteral("Preflight checks")},
                    Expected{QStringLiteral("de"),
                             QStringLiteral("Failover für den Server für beständigen Chat"),
                             QStringLiteral("Failback für den Server für beständigen Chat"),
                             QStringLiteral("Vorabprüfungen")}),
    [](const testing::TestParamInfo<Expected>& info) { return info.param.language.toStdString(); });
