// The language a step's commands are written in: what its evidence files are named after and how they are read.
#pragma once

namespace pchat {

enum class ScriptLanguage
{
    TSql,       // batches sent to SQL Server (.sql)
    PowerShell, // commands of the Lync Server Management Shell (.ps1)
};

} // namespace pchat
