#include <gtest/gtest.h>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    // Translations are not installed: the tests see the English source texts.
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
