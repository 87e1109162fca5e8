// Runs the report tests in one QGuiApplication (QPdfWriter and fonts need one), on the offscreen platform
// unless a display is asked for; also when ctest lists the tests, which it does without their environment.
#include <gtest/gtest.h>
#include <QGuiApplication>

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    // Translations are not installed: the tests see the English source texts.
    QGuiApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
