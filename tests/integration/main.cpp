// Runs the integration tests inside a QCoreApplication (QProcess needs one), in English as the program runs.
#include "translations/languageswitcher.h"

#include <gtest/gtest.h>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    testing::InitGoogleTest(&argc, argv);
    QCoreApplication application(argc, argv);
    // The English catalog holds the plural forms ("%n second(s)" -> "2 seconds") the texts are checked for.
    pchat::LanguageSwitcher::instance().apply(QStringLiteral("en"));
    return RUN_ALL_TESTS();
}
