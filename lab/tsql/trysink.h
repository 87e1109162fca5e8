// The sink of a BEGIN TRY block: SQL Server sends no error message (severity above 10) raised inside it to
// the client; the CATCH block reads the last one with ERROR_NUMBER() and its kin. For BACKUP and RESTORE that
// is the closing 3013 ("... is terminating abnormally"), not the error that caused it.
#pragma once

#include "lab/tsql/forwardingsink.h"

#include <optional>

namespace pchatlab {

class TrySink : public ForwardingSink
{
public:
    using ForwardingSink::ForwardingSink;

    void message(const SqlError& message) override
    {
        if (message.severity() > 10)
            m_last = message;
        else
            ForwardingSink::message(message);
    }
    const std::optional<SqlError>& lastError() const { return m_last; }

private:
    std::optional<SqlError> m_last;
};

} // namespace pchatlab
