// RESTORE DATABASE / LOG / HEADERONLY / FILELISTONLY / VERIFYONLY against the simulated backup files.
#pragma once

#include "lab/tsql/ast.h"

namespace pchatlab {

class ExecContext;

class RestoreEngine
{
public:
    explicit RestoreEngine(ExecContext& ctx)
        : m_ctx(ctx)
    {
    }
    void run(const Stmt& s);

private:
    ExecContext& m_ctx;
};

} // namespace pchatlab
