// Runs the GUI tests in one QApplication on the offscreen platform unless a display is asked for.
#include "backend/log/logging.h"
#include "translations/languageswitcher.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    testing::InitGoogleTest(&argc, argv);
    QApplication application(argc, argv);
    QTemporaryDir logs;
    pchat::Logging::initialize(logs.path());
    // Window size, splitters and local settings a test leaves behind must not reach the next test or the
    // developer's own settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, logs.filePath(QStringLiteral("settings")));
    pchat::LanguageSwitcher::instance().apply(QStringLiteral("en"));
    return RUN_ALL_TESTS();
}
