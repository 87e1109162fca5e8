// The ODBC connection strings for Microsoft's driver and FreeTDS, their quoting, and the redacted form for
// logs.
#include "backend/sql/connectionstring.h"

#include <gtest/gtest.h>

using namespace pchat;

namespace {

InstanceSettings freeTdsInstance()
{
    InstanceSettings instance;
    instance.name = QStringLiteral("PCSQL02\\PCHAT");
    instance.address = QStringLiteral("127.0.0.1,14333");
    instance.authentication = Authentication::SqlLogin;
    instance.login = QStringLiteral("sa");
    instance.password = QStringLiteral("pa;ss}word");
    instance.odbcDriver = QStringLiteral("FreeTDS");
    instance.encryption = Encryption::Optional;
    return instance;
}

} // namespace

TEST(ConnectionString, FreeTdsTakesHostAndPortApartAndQuotesThePassword)
{
    EXPECT_EQ(
        ConnectionString::build(freeTdsInstance()),
        QStringLiteral("DRIVER={FreeTDS};Server=127.0.0.1;Port=14333;TDS_Version=7.4;Encryption=request;"
                       "ClientCharset=UTF-8;Database=master;UID=sa;PWD={pa;ss}}word};"));
}

TEST(ConnectionString, MicrosoftDriverWithWindowsAuthentication)
{
    InstanceSettings instance;
    instance.name = QStringLiteral("PCSQL01\\PCHAT");
    instance.odbcDriver = QStringLiteral("ODBC Driver 18 for SQL Server");
    instance.encryption = Encryption::Mandatory;
    instance.trustServerCertificate = true;
    EXPECT_EQ(ConnectionString::build(instance, QStringLiteral("msdb")),
              QStringLiteral(
                  "DRIVER={ODBC Driver 18 for SQL Server};Server=PCSQL01\\PCHAT;Encrypt=yes;"
                  "TrustServerCertificate=yes;APP=pchat-failback;Database=msdb;Trusted_Connection=yes;"));
    instance.encryption = Encryption::Strict;
    EXPECT_TRUE(ConnectionString::build(instance).contains(QStringLiteral(";Encrypt=strict;")));
}

TEST(ConnectionString, RedactedFormNeverHoldsThePassword)
{
    const QString redacted = ConnectionString::redacted(freeTdsInstance());
    EXPECT_FALSE(redacted.contains(QStringLiteral("pa;ss")));
    EXPECT_TRUE(redacted.contains(QStringLiteral("PWD=***;")));
}

TEST(ConnectionString, ValuesThatWouldEndTheKeyAreBraced)
{
    EXPECT_EQ(ConnectionString::quoteValue(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(ConnectionString::quoteValue(QStringLiteral("a;DRIVER=x")), QStringLiteral("{a;DRIVER=x}"));
    EXPECT_EQ(ConnectionString::quoteValue(QStringLiteral("}{")), QStringLiteral("{}}{}"));
    EXPECT_EQ(ConnectionString::quoteValue(QStringLiteral(" lead")), QStringLiteral("{ lead}"));
}

TEST(ConnectionString, MicrosoftDriver17WithSqlLogin)
{
    InstanceSettings instance;
    instance.name = QStringLiteral("PCSQL02\\PCHAT");
    instance.address = QStringLiteral("pcsql02.contoso.local,1433");
    instance.authentication = Authentication::SqlLogin;
    instance.login = QStringLiteral("pchat_dba");
    instance.password = QStringLiteral("Gehe{im}");
    instance.odbcDriver = QStringLiteral("ODBC Driver 17 for SQL Server");
    instance.encryption = Encryption::Mandatory;
    // Driver 17 takes host,port in Server as it is, and its Encrypt knows yes and no only.
    EXPECT_EQ(ConnectionString::build(instance),
              QStringLiteral("DRIVER={ODBC Driver 17 for SQL Server};Server=pcsql02.contoso.local,1433;"
                             "Encrypt=yes;TrustServerCertificate=no;APP=pchat-failback;Database=master;"
                             "UID=pchat_dba;PWD={Gehe{im}}};"));
    instance.encryption = Encryption::Optional;
    EXPECT_TRUE(ConnectionString::build(instance).contains(QStringLiteral(";Encrypt=no;")));
}
