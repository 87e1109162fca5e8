// Runs the integration tests inside a QCoreApplication (QProcess needs one).
#include <gtest/gtest.h>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    testing::InitGoogleTest(&argc, argv);
    QCoreApplication application(argc, argv);
    return RUN_ALL_TESTS();
}
