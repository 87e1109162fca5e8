#include "lab/tsql/parsedepthguard.h"

#include "lab/tsql/ast.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/tsql/tokenstream.h"

namespace pchatlab {

namespace {

[[noreturn]] void tooDeep(const TokenStream& tokens)
{
    SqlError e = SqlMessages::error(191, {});
    e.setLine(tokens.peek().line);
    throw e;
}

} // namespace

ParseDepthGuard::ParseDepthGuard(TokenStream& tokens)
    : m_tokens(tokens)
{
    if (m_tokens.nesting() >= kMaxNesting)
        tooDeep(m_tokens);
    ++m_tokens.nesting();
}

ParseDepthGuard::~ParseDepthGuard()
{
    --m_tokens.nesting();
}

void ParseDepthGuard::measure(Expr& e)
{
    int below = 0;
    const auto child = [&below](const ExprPtr& c) {
        if (c)
            below = std::max(below, c->height);
    };
    for (const ExprPtr& a : e.args)
        child(a);
    child(e.style);
    child(e.caseOperand);
    child(e.elseExpr);
    for (const auto& [when, then] : e.whens) {
        child(when);
        child(then);
    }
    e.height = below + 1;
    if (e.height > kMaxHeight) {
        // The parser no longer knows the token here; SQL Server names no position either.
        throw SqlMessages::error(191, {});
    }
}

} // namespace pchatlab
