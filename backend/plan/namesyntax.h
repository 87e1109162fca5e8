// The syntax of the names and paths a plan holds: host, instance and server names, connect addresses, FQDNs,
// UNC and local Windows paths (what PlanValidator checks fields against).
#pragma once

#include <QString>

namespace pchat {

class NameSyntax
{
public:
    enum class PathProblem
    {
        None,
        WrongForm,
        ForbiddenChar
    };

    // Characters Windows refuses in a file or folder name (control characters are reported on their own).
    static bool hasForbiddenNameChar(const QString& component);
    static bool isHostName(const QString& host);
    // The SQL Server rules for an instance name: up to 16 characters, a letter or _ first, then letters,
    // digits, _, $, #.
    static bool isInstanceName(const QString& instance);
    // host or host\instance
    static bool isServerName(const QString& name);
    // A server name, or host,port
    static bool isConnectAddress(const QString& address);
    static bool isFqdn(const QString& name);
    // \\server\share[\folder...]
    static PathProblem checkUncPath(const QString& path);
    // X:\[folder...]
    static PathProblem checkLocalPath(const QString& path);
};

} // namespace pchat
