// Counts how deeply the parsers are nested in one batch and refuses a statement past the lab's limits with
// SQL Server's 191, so that a hostile statement (100000 parentheses) cannot exhaust the worker's stack.
#pragma once

namespace pchatlab {

class TokenStream;
struct Expr;

class ParseDepthGuard
{
public:
    // Levels of recursive descent (parentheses, subqueries, nested statements) a batch may use.
    static constexpr int kMaxNesting = 128;
    // Height of one expression tree: a chain of 1,024 operators is evaluated and freed recursively too.
    static constexpr int kMaxHeight = 1024;

    // Enters one level; throws 191 when the batch is already kMaxNesting levels deep.
    explicit ParseDepthGuard(TokenStream& tokens);
    ~ParseDepthGuard();
    ParseDepthGuard(const ParseDepthGuard&) = delete;
    ParseDepthGuard& operator=(const ParseDepthGuard&) = delete;

    // Sets the node's height from its children's; throws 191 past kMaxHeight.
    static void measure(Expr& e);

private:
    TokenStream& m_tokens;
};

} // namespace pchatlab
