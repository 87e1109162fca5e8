// ErrorAdvice: a remedy for every error the failback's steps meet, with the operating-system error of 3201
// read from the server's text, and the connection failures told apart.
#include "backend/sql/erroradvice.h"

#include <gtest/gtest.h>

using namespace pchat;

namespace {

SqlMessage error(int number, const QString& text = {}, const QString& sqlState = QStringLiteral("42000"))
{
    SqlMessage message;
    message.number = number;
    message.text = text;
    message.sqlState = sqlState;
    message.isError = true;
    return message;
}

InstanceSettings primary()
{
    InstanceSettings instance;
    instance.name = QStringLiteral("PCSQL01\\PCHAT");
    instance.address = QStringLiteral("pcsql01.contoso.com,1433");
    instance.authentication = Authentication::SqlLogin;
    instance.login = QStringLiteral("pchat_admin");
    instance.password = QStringLiteral("Secret-Password-1");
    instance.odbcDriver = QStringLiteral("ODBC Driver 18 for SQL Server");
    return instance;
}

} // namespace

TEST(ErrorAdvice, KnownErrorsHaveTheirOwnRemedy)
{
    EXPECT_TRUE(ErrorAdvice::remedy(error(3101)).contains(QStringLiteral("Close existing connections")));
    EXPECT_TRUE(ErrorAdvice::remedy(error(3104)).contains(QStringLiteral("step 2")));
    EXPECT_TRUE(ErrorAdvice::remedy(error(3154)).contains(QStringLiteral("REPLACE")));
    EXPECT_TRUE(ErrorAdvice::remedy(error(3013)).contains(QStringLiteral("message before")));
    EXPECT_TRUE(ErrorAdvice::remedy(error(3041)).contains(QStringLiteral("error log")));
    EXPECT_TRUE(ErrorAdvice::remedy(error(1416)).contains(QStringLiteral("already removed")));
    EXPECT_TRUE(ErrorAdvice::remedy(error(15247)).contains(QStringLiteral("sysadmin")));
    EXPECT_TRUE(ErrorAdvice::remedy(error(18456)).contains(QStringLiteral("SQL Server authentication")));
    EXPECT_TRUE(ErrorAdvice::remedy(error(3021)).contains(QStringLiteral("transaction")));
    EXPECT_TRUE(ErrorAdvice::remedy(error(3159)).contains(QStringLiteral("REPLACE")));
    EXPECT_TRUE(ErrorAdvice::remedy(error(3141)).contains(QStringLiteral("REPLACE")));
}

TEST(ErrorAdvice, UnknownErrorsQuoteTheNumber)
{
    EXPECT_TRUE(ErrorAdvice::remedy(error(98765)).contains(QStringLiteral("98765")));
}

TEST(ErrorAdvice, Error3201ReadsTheOperatingSystemError)
{
    const QString denied =
        QStringLiteral("Cannot open backup device '\\\\FS01\\PChatLogShip\\mgc_failback.bak'. "
                       "Operating system error 5(Access is denied.).");
    EXPECT_EQ(ErrorAdvice::operatingSystemError(denied), 5);
    EXPECT_EQ(ErrorAdvice::deviceInText(denied), QStringLiteral("\\\\FS01\\PChatLogShip\\mgc_failback.bak"));
    const QString remedy = ErrorAdvice::remedy(error(3201, denied));
    EXPECT_TRUE(remedy.contains(QStringLiteral("\\\\FS01\\PChatLogShip"))) << remedy.toStdString();
    EXPECT_TRUE(remedy.contains(QStringLiteral("service"))) << remedy.toStdString();
    EXPECT_FALSE(remedy.contains(QStringLiteral("mgc_failback.bak"))) << "names the share, not the file";

    const auto remedyFor = [](int osError, const QString& osText) {
        return ErrorAdvice::remedy(error(
            3201,
            QStringLiteral("Cannot open backup device 'D:\\Backup\\x.bak'. Operating system error %1(%2).")
                .arg(QString::number(osError), osText)));
    };
    EXPECT_TRUE(remedyFor(2, QStringLiteral("The system cannot find the file specified."))
                    .contains(QStringLiteral("path not found")));
    EXPECT_TRUE(remedyFor(3, QStringLiteral("The system cannot find the path specified."))
                    .contains(QStringLiteral("path not found")));
    EXPECT_TRUE(remedyFor(32, QStringLiteral("in use")).contains(QStringLiteral("in use")));
    EXPECT_TRUE(remedyFor(112, QStringLiteral("disk full")).contains(QStringLiteral("disk full")));
    EXPECT_TRUE(remedyFor(1117, QStringLiteral("I/O")).contains(QStringLiteral("1117")));
}

TEST(ErrorAdvice, TheDecisiveErrorIsTheCauseNot3013)
{
    SqlMessages messages{error(3013, QStringLiteral("BACKUP DATABASE is terminating abnormally.")),
                         error(3201, QStringLiteral("Cannot open backup device 'x'."))};
    EXPECT_EQ(ErrorAdvice::decisiveError(messages).number, 3201);
    EXPECT_EQ(ErrorAdvice::decisiveError({error(3013)}).number, 3013);
    SqlMessage info = error(3211, QStringLiteral("10 percent processed."), QStringLiteral("01000"));
    info.isError = false;
    EXPECT_FALSE(ErrorAdvice::decisiveError({info}).isError);
}

TEST(ErrorAdvice, ConnectionFailuresAreToldApart)
{
    EXPECT_TRUE(
        ErrorAdvice::remedy(error(0, QStringLiteral("Communication link failure"), QStringLiteral("08S01")))
            .contains(QStringLiteral("new connection")));
    EXPECT_TRUE(
        ErrorAdvice::remedy(error(0, QStringLiteral("Login timeout expired"), QStringLiteral("HYT00")))
            .contains(QStringLiteral("SQL Server Browser")));
    EXPECT_TRUE(
        ErrorAdvice::remedy(error(0, QStringLiteral("Data source name not found"), QStringLiteral("IM002")))
            .contains(QStringLiteral("ODBC Driver 18")));
    EXPECT_TRUE(
        ErrorAdvice::remedy(error(0,
                                  QStringLiteral("SSL Provider: The certificate chain was issued by an "
                                                 "authority that is not trusted."),
                                  QStringLiteral("08001")))
            .contains(QStringLiteral("Trust server certificate")));
    EXPECT_TRUE(ErrorAdvice::isConnectionLost(ErrorAdvice::lostConnection({})));
}

TEST(ErrorAdvice, OpenFailuresNameTheInstanceButNeverThePassword)
{
    const InstanceSettings instance = primary();
    const QString login = ErrorAdvice::remedyForOpenFailure(
        {error(18456, QStringLiteral("Login failed for user 'pchat_admin'."))}, instance);
    EXPECT_TRUE(login.contains(QStringLiteral("pchat_admin")));
    EXPECT_TRUE(login.contains(QStringLiteral("PCSQL01\\PCHAT")));
    const QString unreachable = ErrorAdvice::remedyForOpenFailure(
        {error(20009, QStringLiteral("Unable to connect: Adaptive Server is unavailable or does not exist"),
               {})},
        instance);
    EXPECT_TRUE(unreachable.contains(QStringLiteral("pcsql01.contoso.com,1433")))
        << unreachable.toStdString();
    const QString driver = ErrorAdvice::remedyForOpenFailure(
        {error(
            0,
            QStringLiteral(
                "[unixODBC][Driver Manager]Can't open lib 'ODBC Driver 18 for SQL Server' : file not found"),
            {})},
        instance);
    EXPECT_TRUE(driver.contains(QStringLiteral("not installed"))) << driver.toStdString();
    const QString certificate = ErrorAdvice::remedyForOpenFailure(
        {error(0, QStringLiteral("SSL Provider: certificate verify failed"), {})}, instance);
    EXPECT_TRUE(certificate.contains(QStringLiteral("Trust server certificate")));
    for (const QString& remedy : {login, unreachable, driver, certificate})
        EXPECT_FALSE(remedy.contains(instance.password));
}

// A value that contains a place marker (%1, %2 ...) is inserted as it is: chained QString::arg would put
// the next value into the marker inside the job name or path.
TEST(ErrorAdvice, ValuesWithPlaceMarkersAreInsertedAsTheyAre)
{
    const QString job = QStringLiteral("LSCopy_%1_%2_mgc");
    const QString remedy = ErrorAdvice::remedyForJobFailure(
        QStringLiteral("Executed as user: CONTOSO\\svc-agent. Access to the path '\\\\FS01\\P%1Chat' is "
                       "denied."),
        job, QStringLiteral("PCSQL02\\PCHAT"));
    EXPECT_TRUE(
        remedy.contains(QStringLiteral("Job LSCopy_%1_%2_mgc on PCSQL02\\PCHAT ran as CONTOSO\\svc-agent")))
        << remedy.toStdString();
    EXPECT_TRUE(remedy.contains(QStringLiteral("\\\\FS01\\P%1Chat"))) << remedy.toStdString();

    SqlMessage error;
    error.number = 3201;
    error.isError = true;
    error.text =
        QStringLiteral("Cannot open backup device '\\\\FS01\\%2share\\%1.bak'. Operating system error "
                       "3(The system cannot find the path specified.).");
    const QString advice = ErrorAdvice::remedy(error);
    EXPECT_TRUE(
        advice.contains(QStringLiteral("error 3 (path not found): \\\\FS01\\%2share\\%1.bak does not")))
        << advice.toStdString();
}
