// Every page in both languages, as a keyboard user meets it: no two reachable controls share an Alt+letter,
// and every input has an accessible name for a screen reader.
#include "eventually.h"
#include "failovertraining.h"
#include "translations/languageswitcher.h"
#include "wizard/pages/steppage.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using pchat::LanguageSwitcher;
using pchat::test::WizardDriver;

namespace {

const QStringList pages = pchat::test::WizardDriver::pageNames();

// The letter Alt reaches in a text ("&Next" -> n); none for "&&" or no '&'.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QWidget* widget, const QString& text)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(widget->objectName().isEmpty() ? QString::fromUtf8(widget->metaObject()->className())
                                            : widget->objectName(),
             text);
}

// Every control Alt+letter can reach now: shown buttons, labels with a buddy, group boxes and tab bars, the
// wizard's own buttons included.
QMap<QChar, QStringList> reachableMnemonics(QWidget& window)
{
    QMap<QChar, QStringList> owners;
    const auto add = [&owners](const QWidget* widget, const QString& text) {
        if (const QChar key = mnemonicOf(text); !key.isNull())
            owners[key] << describe(widget, text);
    };
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button, button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label, label->text());
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(group, group->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(widget))
            for (int tab = 0; tab < tabs->count(); ++tab)
                add(tabs, tabs->tabText(tab));
    }
    return owners;
}

bool isInput(const QWidget* widget)
{
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QAbstractButton*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QAbstractItemView*>(widget);
}

// The shown inputs whose accessible name is empty (a screen reader would say "edit" and nothing else).
QStringList unnamedInputs(QWidget& window)
{
    QStringList unnamed;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        // A combo's line edit and a spin box's are read through their owner.
        if (!widget->isVisible() || !isInput(widget) || qobject_cast<QHeaderView*>(widget) ||
            qobject_cast<QComboBox*>(widget->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget, QString());
    }
    return unnamed;
}

class KeyboardAccess : public testing::TestWithParam<QString>
{
protected:
    void SetUp() override { LanguageSwitcher::instance().apply(GetParam()); }
    void TearDown() override { LanguageSwitcher::instance().apply(QStringLiteral("en")); }

    // Checks the page as it is shown now and with each of its tabs in front.
    void checkPage(WizardDriver& driver, const QString& page, const QString& state)
    {
        QList<QTabWidget*> tabWidgets;
        for (QTabWidget* tabs : driver.wizard().currentPage()->findChildren<QTabWidget*>())
            if (tabs->isVisible())
                tabWidgets << tabs;
        const auto check = [&](const QString& where) {
            QApplication::processEvents();
            const QMap<QChar, QStringList> owners = reachableMnemonics(driver.wizard());
            if (qEnvironmentVariableIsSet("PCHAT_PRINT_MNEMONICS"))
                for (auto it = owners.cbegin(); it != owners.cend(); ++it)
                    qInfo("%s %s: %s", qPrintable(GetParam()), qPrintable(where),
                          qPrintable(QString(it.key()) + u' ' + it.value().join(QStringLiteral(", "))));
            for (auto it = owners.cbegin(); it != owners.cend(); ++it)
                EXPECT_EQ(it.value().size(), 1) << GetParam().toStdString() << " " << where.toStdString()
                                                << ": Alt+" << QString(it.key()).toStdString() << " reaches "
                                                << it.value().join(QStringLiteral(", ")).toStdString();
            const QStringList unnamed = unnamedInputs(driver.wizard());
            EXPECT_TRUE(unnamed.isEmpty()) << GetParam().toStdString() << " " << where.toStdString()
                                           << ": inputs without an accessible name: "
                                           << unnamed.join(QStringLiteral(", ")).toStdString();
            m_checked << where;
        };
        check(page + state);
        for (QTabWidget* tabs : tabWidgets) {
            const int before = tabs->currentIndex();
            for (int tab = 0; tab < tabs->count(); ++tab) {
                if (tab == before)
                    continue;
                tabs->setCurrentIndex(tab);
                check(QStringLiteral("%1%2 tab %3").arg(page, state, QString::number(tab + 1)));
            }
            tabs->setCurrentIndex(before);
        }
    }

    QStringList m_checked;
};

} // namespace

TEST_P(KeyboardAccess, NoTwoControlsOnAPageShareAMnemonicAndEveryInputHasAName)
{
    WizardDriver driver;
    driver.confirmAssumptions();
    for (const QString& page : pages) {
        driver.walkTo(page);
        ASSERT_FALSE(HasFatalFailure());
        auto* stepPage = qobject_cast<pchat::StepPage*>(driver.wizard().currentPage());
        if (stepPage && stepPage->stepObject())
            PCHAT_TRY_VERIFY(!stepPage->isBusy(), 20000);
        if (page == QStringLiteral("preflightPage"))
            PCHAT_TRY_VERIFY(driver.nextButton()->isEnabled(), 60000);
        checkPage(driver, page, QString());
    }
    // The walk saw every page and their tabs: a page the loop skipped would hide a collision.
    EXPECT_GE(m_checked.size(), pages.size() + 3);
}

// Training adds controls: the trainer's buttons and drills on Welcome, the cycle's button and the audit box
// on Summary, the drill panel beside every page. Each page of the failover, then the failback's Welcome.
TEST_P(KeyboardAccess, InTrainingTooWithARecordedRun)
{
    QTemporaryDir root;
    FailoverTraining training;
    training.setAuditRoot(root.path());
    checkPage(training.driver(), QStringLiteral("welcomePage"), QStringLiteral(" (training)"));
    training.pressTrainerButton(QStringLiteral("disasterButton"), true);
    ASSERT_FALSE(HasFatalFailure());
    training.driver().confirmAssumptions();
    training.driver().walkTo(QStringLiteral("summaryPage"));
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_TRUE(
        training.wizard().currentPage()->findChild<QWidget*>(QStringLiteral("auditBox"))->isVisible());
    checkPage(training.driver(), QStringLiteral("summaryPage"), QStringLiteral(" (failover, training)"));
    training.goOnWithNextProcedure();
    ASSERT_FALSE(HasFatalFailure());
    checkPage(training.driver(), QStringLiteral("welcomePage"), QStringLiteral(" (failback, training)"));
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, KeyboardAccess,
                         testing::Values(QStringLiteral("en"), QStringLiteral("de")),
                         [](const testing::TestParamInfo<QString>& info) {
                             return info.param.toStdString();
                         });
