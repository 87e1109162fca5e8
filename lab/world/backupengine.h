// BACKUP DATABASE / BACKUP LOG to the simulated file system, with timed progress (3211, 4035, 3014) and
// abort.
#pragma once

#include "lab/tsql/ast.h"

namespace pchatlab {

class ExecContext;
struct Database;

class BackupEngine
{
public:
    explicit BackupEngine(ExecContext& ctx)
        : m_ctx(ctx)
    {
    }
    void run(const Stmt& s);

private:
    ExecContext& m_ctx;
};

} // namespace pchatlab
