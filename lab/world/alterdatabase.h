// ALTER DATABASE ... SET (PARTNER OFF, SINGLE_USER / MULTI_USER, RECOVERY, ONLINE / OFFLINE) with its
// messages.
#pragma once

#include "lab/tsql/ast.h"

namespace pchatlab {

class ExecContext;

class AlterDatabase
{
public:
    explicit AlterDatabase(ExecContext& ctx)
        : m_ctx(ctx)
    {
    }
    void run(const Stmt& s);

private:
    void partnerOff(struct Database& db);
    void userAccess(struct Database& db, const QString& mode, const Stmt& s);

    ExecContext& m_ctx;
};

} // namespace pchatlab
