// RESTORE HEADERONLY / FILELISTONLY / VERIFYONLY / LABELONLY: reading what a backup file holds.
#pragma once

#include "lab/tsql/ast.h"

namespace pchatlab {

class ExecContext;
struct SimFile;

class RestoreInspection
{
public:
    explicit RestoreInspection(ExecContext& ctx)
        : m_ctx(ctx)
    {
    }
    void run(const Stmt& s);

    // Opens a backup file as the service account; sends the cause and throws 3013 when it cannot be read.
    static SimFile& openMedia(ExecContext& ctx, QString device, const QString& command);

private:
    void headerOnly(const SimFile& f);
    void fileListOnly(const SimFile& f, int file, const QString& device);

    ExecContext& m_ctx;
};

} // namespace pchatlab
