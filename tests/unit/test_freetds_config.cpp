// FreeTDS and TLS: where it reads its CA file, and when an encrypted connection goes unverified.
#include "sql/freetdsconfig.h"

#include <gtest/gtest.h>

using namespace pchat;

TEST(FreeTdsConfig, FindsTheCaFileOfTheGlobalSectionOnly)
{
    EXPECT_EQ(FreeTdsConfig::caFileIn(QStringLiteral("[global]\n  tds version = 7.4\n  CA  File = /etc/ssl/ca.pem\n")),
              QStringLiteral("/etc/ssl/ca.pem"));
    EXPECT_TRUE(FreeTdsConfig::caFileIn(QStringLiteral("[PCSQL01]\n ca file = /x.pem\n")).isEmpty());
    EXPECT_TRUE(FreeTdsConfig::caFileIn(QStringLiteral("[global]\n; ca file = /x.pem\n# ca file = /y\n")).isEmpty());
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
