// Tool, not a test: walks the wizard with the example plan and saves a screenshot of every page and tab, so
// that a developer can look at each page in both languages and at a screen size
// (usage: pchat_page_screenshots OUTDIR de|en [WIDTHxHEIGHT], e.g. 1366x768 for the smallest admin laptop).
#include "backend/log/logging.h"
#include "backend/process/processend.h"
#include "translations/languageswitcher.h"
#include "wizard/pages/steppage.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

void save(QWidget& window, const QString& path)
{
    QApplication::processEvents();
    if (!window.grab().save(path))
        qWarning("could not write %s", qPrintable(path));
}

int walk(int argc, char** argv)
{
    QApplication application(argc, argv);
    if (argc < 3) {
        qWarning("usage: pchat_page_screenshots OUTDIR de|en [WIDTHxHEIGHT]");
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    const QString language = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(outDir);
    QTemporaryDir logs;
    pchat::Logging::initialize(logs.path());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, logs.filePath(QStringLiteral("settings")));
    pchat::LanguageSwitcher::instance().apply(language);

    pchat::test::WizardDriver driver;
    // Recorded as a real run is, so that the Summary page shows its audit trail and final hash.
    QTemporaryDir audit;
    driver.wizard().setAuditRoot(audit.path());
    QWidget& window = driver.wizard();
    if (argc > 3) {
        // The window as a maximized one on that screen would be: the screen less a taskbar of 40 pixels.
        const QStringList size = QString::fromLocal8Bit(argv[3]).split(u'x');
        if (size.size() == 2)
            window.resize(size[0].toInt(), size[1].toInt() - 40);
    }
    int shot = 0;
    const auto name = [&](const QString& suffix) {
        return QStringLiteral("%1/%2-%3-%4.png")
            .arg(outDir, language, QString::number(++shot).rightJustified(2, u'0'), suffix);
    };
    driver.confirmAssumptions();
    const QStringList pages = pchat::test::WizardDriver::pageNames();
    for (const QString& page : pages) {
        driver.walkTo(page);
        if (driver.currentPageName() != page)
            break;
        auto* stepPage = qobject_cast<pchat::StepPage*>(driver.wizard().currentPage());
        if (stepPage && stepPage->stepObject())
            (void)QTest::qWaitFor([stepPage] { return !stepPage->isBusy(); }, 20000);
        if (page == QStringLiteral("preflightPage"))
            (void)QTest::qWaitFor([&driver] { return driver.nextButton()->isEnabled(); }, 60000);
        save(window, name(page));
        // The note FreeTDS's unverified encryption brings, shown once with Mandatory and set back.
        if (auto* encryption = driver.find<QComboBox>(QStringLiteral("backupInstanceEncryption"));
            page == QStringLiteral("environmentPage") && encryption) {
            const int before = encryption->currentIndex();
            encryption->setCurrentIndex(1);
            save(window, name(page + QStringLiteral("-freetdsMandatory")));
            encryption->setCurrentIndex(before);
        }
        // Every tab of the page, so that nothing on it goes unseen.
        for (QTabWidget* tabs : driver.wizard().currentPage()->findChildren<QTabWidget*>()) {
            for (int tab = 1; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                save(window, name(page + QStringLiteral("-") + tabs->objectName() + QString::number(tab)));
            }
            tabs->setCurrentIndex(0);
        }
        // A step that has work to do: once while it runs (set PCHAT_TEST_LAB_SPEED low), once when it is
        // done.
        if (stepPage && stepPage->stepObject() &&
            stepPage->stepObject()->status() == pchat::StepStatus::Ready) {
            if (page == QStringLiteral("restorePage")) {
                driver.retype(QStringLiteral("confirmDatabase"), driver.wizard().plan().mgcDatabase);
                driver.retype(QStringLiteral("confirmInstance"), driver.wizard().plan().primaryInstance.name);
            } else if (page == QStringLiteral("logShippingPage")) {
                driver.retype(QStringLiteral("confirmSecondaryDatabase"), driver.wizard().plan().mgcDatabase);
                driver.retype(QStringLiteral("confirmSecondaryInstance"),
                              driver.wizard().plan().backupInstance.name);
            }
            pchat::test::WizardDriver::answerNextMessageBox();
            QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("runButton")), Qt::LeftButton);
            QTest::qWait(1500);
            save(window, name(page + QStringLiteral("-running")));
            (void)QTest::qWaitFor([stepPage] { return !stepPage->isBusy(); }, 120000);
            save(window, name(page + QStringLiteral("-done")));
        }
    }
    // The Summary page once the run is closed there, with its final hash.
    if (auto* closeRun = driver.find<QPushButton>(QStringLiteral("closeRunButton"));
        closeRun && closeRun->isVisible()) {
        QTest::mouseClick(closeRun, Qt::LeftButton);
        (void)QTest::qWaitFor(
            [&driver] {
                auto* hash = driver.find<QLineEdit>(QStringLiteral("finalHash"));
                return hash && hash->isVisible();
            },
            60000);
        save(window, name(QStringLiteral("summaryPage-closed")));
    }
    return 0;
}

} // namespace

// Everything is destroyed when walk returns; the process then ends as the product's does (ProcessEnd).
int main(int argc, char** argv)
{
    return pchat::ProcessEnd::finish(walk(argc, argv));
}
