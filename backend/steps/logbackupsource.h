// Where failover step 3 reads the log backups that the copy job had not copied: failover step 2's decision.
#pragma once

namespace pchat {

enum class LogBackupSource
{
    NotChosen,
    // The operator copied them into the copy folder (robocopy); step 3 reads the copy folder.
    CopyFolder,
    // Not copied: step 3 reads them from the share, which the backup instance's accounts can read.
    Share,
};

} // namespace pchat
