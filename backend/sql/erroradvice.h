// What the operator can do about an error SQL Server or the ODBC driver reported: one remedy in the user's
// language per error, shown under the server's number and text.
#pragma once

#include "backend/plan/instancesettings.h"
#include "sqlmessage.h"

#include <QCoreApplication>
#include <QString>

namespace pchat {

struct BatchResult;

class ErrorAdvice
{
    Q_DECLARE_TR_FUNCTIONS(ErrorAdvice)

public:
    // The remedy for an error a batch ended with (3101, 3201 with its operating-system error, 18456, a lost
    // connection ...); a generic remedy that quotes the number for errors it does not know.
    static QString remedy(const SqlMessage& error);
    // The remedy for a connection attempt that failed: login, server not found or not answering, driver not
    // installed, certificate not trusted; names the instance, its address, the login and the driver.
    static QString remedyForOpenFailure(const SqlMessages& messages, const InstanceSettings& instance);
    // The error that decided a batch: the first error that is not the generic 3013 ("BACKUP DATABASE is
    // terminating abnormally.") or 3041, else the first error; an empty message when there is none.
    static SqlMessage decisiveError(const SqlMessages& messages);
    // True for the driver's errors that mean the connection broke (SQLSTATE 08S01 and the like).
    static bool isConnectionLost(const SqlMessage& error);
    // The message of a batch that ended with a lost connection that says so, or one made up (SQLSTATE 08S01)
    // when the driver said nothing.
    static SqlMessage lostConnection(const SqlMessages& messages);
    // The error a batch that did not succeed ended with: lostConnection for a broken connection, else
    // decisiveError.
    static SqlMessage errorOf(const BatchResult& result);

    // The remedy for a failed SQL Server Agent job (log shipping's LSBackup, LSCopy, LSRestore) from the
    // message its history row holds, e.g. "Executed as user: CONTOSO\svc. Access to the path '\\fs\share' is
    // denied.": names the account the job ran as and the path, and says which right it needs.
    static QString remedyForJobFailure(const QString& historyMessage, const QString& jobName,
                                       const QString& instanceName);
    // The account a job history message says the step ran as ("Executed as user: X."), empty when none.
    static QString jobAccount(const QString& historyMessage);

    // The operating-system error number in a 3201 text ("Operating system error 5(Access is denied.)"), or
    // -1 when there is none.
    static int operatingSystemError(const QString& text);
    // The device a 3201 text names ("Cannot open backup device 'X'. ..."), empty when there is none.
    static QString deviceInText(const QString& text);
    // The share (\\server\share) of a UNC path, else the folder of a local path.
    static QString shareOf(const QString& path);

private:
    static QString remedy3201(const SqlMessage& error);
    static bool isDriverMissing(const SqlMessage& message);
    static bool isCertificateProblem(const SqlMessage& message);
    static bool isServerUnreachable(const SqlMessage& message);
    static bool isLoginFailure(const SqlMessage& message);
};

} // namespace pchat
