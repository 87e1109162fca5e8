// The fault matrix's rows for backup files: a dropped backup or restore, a full disk, a share the SQL Server
// account cannot read or write.
#include "matrixwalk.h"

#include <gtest/gtest.h>

namespace {

const QString sqlAccount = QStringLiteral("CONTOSO\\svc-pchat-sql");

} // namespace

TEST(FaultMatrix, BackupDropAt)
{
    // Step 5 makes a full backup of the primary to initialize the secondary.
    const QString fault = QStringLiteral("backup-drop-at:50");
    MatrixWalk::runRow(QStringLiteral("backup-drop-at"),
                       {{{3, Phase::During, fault}, {5, Phase::During, fault}}});
}

TEST(FaultMatrix, RestoreDropAt)
{
    // Step 5 restores that backup on the secondary WITH NORECOVERY.
    const QString fault = QStringLiteral("restore-drop-at:50");
    MatrixWalk::runRow(QStringLiteral("restore-drop-at"),
                       {{{4, Phase::During, fault}, {5, Phase::During, fault}}});
}

TEST(FaultMatrix, NoSpace)
{
    const QString fault = QStringLiteral("no-space");
    MatrixWalk::runRow(fault, {{{0, Phase::Before, fault},
                                {3, Phase::During, fault},
                                {4, Phase::Before, fault},
                                {5, Phase::During, fault}}});
}

TEST(FaultMatrix, ShareNotReadable)
{
    // At step 3 the backup writes the file; reading it back (VERIFYONLY, HEADERONLY) fails after it.
    const QString fault = QStringLiteral("share-not-readable:") + sqlAccount;
    MatrixWalk::runRow(QStringLiteral("share-not-readable"), {{{0, Phase::Before, fault},
                                                               {3, Phase::After, fault},
                                                               {4, Phase::Before, fault},
                                                               {5, Phase::Before, fault}}});
}

TEST(FaultMatrix, ShareNotWritable)
{
    const QString fault = QStringLiteral("share-not-writable:") + sqlAccount;
    // Not at Preflight: xp_fileexist sees whether a folder exists and can be read, not whether it can be
    // written, and Preflight writes nothing.
    MatrixWalk::runRow(QStringLiteral("share-not-writable"),
                       {{{3, Phase::Before, fault}, {5, Phase::Before, fault}}});
}
