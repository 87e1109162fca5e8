// The robocopy line the failover's step 2 shows the operator to copy the uncopied log backups from the share
// to the copy folder, quoted for PowerShell.
#pragma once

#include <QString>
#include <QStringList>

namespace pchat {

class RobocopyCommand
{
public:
    // robocopy '<source>' '<destination>' '<file>' ... /COPY:DAT /R:2 /W:5 /NP, for a PowerShell prompt
    // (also the Lync Server Management Shell). Empty when there is no file (robocopy would copy every file
    // then) or when a value holds what Windows refuses in a path (" < > | ? * or a control character; in a
    // file name also \ / :): no real file has such a name, and robocopy could read the rest as its own
    // options. Exit codes 0 to 7 mean success (1: files copied), 8 and above a failure.
    static QString copyFiles(const QString& source, const QString& destination, const QStringList& fileNames);
    // robocopy '<source>' '<destination>' '<database>_*.trn' /XC /XN /XO ...: the database's log backups that
    // the destination lacks (robocopy excludes the changed, newer and older files, so only those missing are
    // copied), for a script written before anyone knows the names. Empty for what copyFiles refuses.
    static QString copyMissing(const QString& source, const QString& destination, const QString& database);
    // The folder as robocopy must receive it: without a trailing backslash (PowerShell wraps an argument with
    // a space in double quotes, and robocopy reads \" as a quote character), a drive root as X:\. instead.
    static QString folderArgument(const QString& folder);

private:
    // The line for fileNames (names, or patterns when selection holds robocopy's file selection options).
    static QString command(const QString& source, const QString& destination, const QStringList& fileNames,
                           const QStringList& selection);
};

} // namespace pchat
