// FreeTDS and TLS: where it reads its CA file, and when an encrypted connection goes unverified.
#include "backend/sql/freetdsconfig.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace pchat;

TEST(FreeTdsConfig, FindsTheCaFileOfTheGlobalSectionOnly)
{
    EXPECT_EQ(FreeTdsConfig::caFileIn(
                  QStringLiteral("[global]\n  tds version = 7.4\n  CA  File = /etc/ssl/ca.pem\n")),
              QStringLiteral("/etc/ssl/ca.pem"));
    EXPECT_TRUE(FreeTdsConfig::caFileIn(QStringLiteral("[PCSQL01]\n ca file = /x.pem\n")).isEmpty());
    EXPECT_TRUE(
        FreeTdsConfig::caFileIn(QStringLiteral("[global]\n; ca file = /x.pem\n# ca file = /y\n")).isEmpty());
    EXPECT_TRUE(FreeTdsConfig::caFileIn(QString()).isEmpty());
}

TEST(FreeTdsConfig, AnEncryptedFreeTdsConnectionWithoutCaFileIsUnverified)
{
    InstanceSettings instance;
    instance.odbcDriver = QStringLiteral("FreeTDS");
    instance.encryption = Encryption::Mandatory;
    instance.trustServerCertificate = false; // FreeTDS has no such key: it changes nothing
    EXPECT_TRUE(FreeTdsConfig::encryptsWithoutVerifying(instance, QString()));
    EXPECT_FALSE(FreeTdsConfig::encryptsWithoutVerifying(instance, QStringLiteral("/etc/ssl/ca.pem")));
    instance.encryption = Encryption::Optional; // nothing is claimed
    EXPECT_FALSE(FreeTdsConfig::encryptsWithoutVerifying(instance, QString()));
    instance.encryption = Encryption::Strict;
    instance.odbcDriver = QStringLiteral("ODBC Driver 18 for SQL Server"); // verifies on its own
    EXPECT_FALSE(FreeTdsConfig::encryptsWithoutVerifying(instance, QString()));
}

TEST(FreeTdsConfig, TheCaFileSettingReplacesTheOneOfTheGlobalSectionAndKeepsTheRest)
{
    const QString written = FreeTdsConfig::withCaFile(
        QStringLiteral("[global]\n  tds version = 7.4\n  ca file = /old.pem\n[PCSQL01]\n  host = pcsql01\n"),
        QStringLiteral("/etc/pchat/ca.pem"));
    EXPECT_EQ(FreeTdsConfig::caFileIn(written), QStringLiteral("/etc/pchat/ca.pem"));
    EXPECT_TRUE(written.contains(QStringLiteral("tds version = 7.4")));
    EXPECT_TRUE(written.contains(QStringLiteral("[PCSQL01]\n  host = pcsql01")));
    EXPECT_TRUE(written.contains(QStringLiteral(";  ca file = /old.pem")));
    // A configuration without [global] gets one.
    const QString added =
        FreeTdsConfig::withCaFile(QStringLiteral("[PCSQL01]\n host = x\n"), QStringLiteral("/ca.pem"));
    EXPECT_EQ(FreeTdsConfig::caFileIn(added), QStringLiteral("/ca.pem"));
    EXPECT_TRUE(added.contains(QStringLiteral("[PCSQL01]\n host = x")));
}

TEST(FreeTdsConfig, TheSavedCaFileReachesFreeTdsThroughAPrivateCopyAndGoesAgainWhenCleared)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // The configuration the program was started with, as FREETDSCONF names it.
    const QString own = dir.filePath(QStringLiteral("own.conf"));
    QFile file(own);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[global]\n\ttds version = 7.4\n");
    file.close();
    qputenv("FREETDSCONF", QFile::encodeName(own));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QSettings::setDefaultFormat(QSettings::IniFormat);

    FreeTdsConfig::saveCaFile(QStringLiteral("/etc/pchat/ca.pem"));
    EXPECT_TRUE(FreeTdsConfig::apply(dir.filePath(QStringLiteral("app"))).isEmpty());
    EXPECT_EQ(qEnvironmentVariable("FREETDSCONF"), dir.filePath(QStringLiteral("app/freetds.conf")));
    EXPECT_EQ(FreeTdsConfig::caFile(), QStringLiteral("/etc/pchat/ca.pem"));
    QFile copy(qEnvironmentVariable("FREETDSCONF"));
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_TRUE(copy.readAll().contains("tds version = 7.4"));

    // A path that would add lines of its own to the configuration is refused.
    FreeTdsConfig::saveCaFile(QStringLiteral("/ca.pem\n[global]\nca file = /other.pem"));
    EXPECT_FALSE(FreeTdsConfig::apply(dir.filePath(QStringLiteral("app"))).isEmpty());

    FreeTdsConfig::saveCaFile(QString());
    EXPECT_TRUE(FreeTdsConfig::apply(dir.filePath(QStringLiteral("app"))).isEmpty());
    EXPECT_EQ(qEnvironmentVariable("FREETDSCONF"), own);
    EXPECT_TRUE(FreeTdsConfig::caFile().isEmpty());
    qunsetenv("FREETDSCONF");
}
