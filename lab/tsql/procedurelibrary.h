// The system procedures the lab implements (sp_executesql and the prepare family, catalog and file
// procedures).
#pragma once

#include "lab/tsql/ast.h"
#include "lab/tsql/execcontext.h"
#include "lab/tsql/paramdef.h"
#include "lab/tsql/procedurecall.h"

#include <QHash>

namespace pchatlab {

class Interpreter;

class ProcedureLibrary
{
public:
    ProcedureLibrary(ExecContext& ctx, Interpreter& interpreter)
        : m_ctx(ctx)
        , m_interpreter(interpreter)
    {
    }

    // Runs the procedure; throws SqlError 2812 when it does not exist, 201/8144/8145 for bad arguments.
    void call(ProcedureCall& call);

    // Binds positional and named arguments to the definitions; `argIndex` maps each parameter to its
    // argument.
    static QHash<QString, SqlValue> bind(ProcedureCall& call, const QString& procName,
                                         const QVector<ParamDef>& defs, QHash<QString, int>* argIndex);
    static void setOutput(ProcedureCall& call, const QHash<QString, int>& argIndex, const QString& param,
                          const SqlValue& value);

private:
    void executeSql(ProcedureCall& call, const QString& decl, const QString& stmt, int firstValue);
    // Declares the parameters of `decl` and assigns the arguments from `firstValue` on (positional or named).
    static QHash<QString, Variable> bindParameters(ProcedureCall& call, const QString& decl,
                                                   const QString& stmt, int firstValue,
                                                   QVector<VarDecl>* decls, QVector<bool>* outputs,
                                                   QHash<QString, int>* argOf);
    void prepare(ProcedureCall& call, bool execute);
    void cursorOpen(ProcedureCall& call);
    void cursorFetch(ProcedureCall& call);
    void executePrepared(ProcedureCall& call);
    void unprepare(ProcedureCall& call);
    void datatypeInfo(ProcedureCall& call);
    void who(ProcedureCall& call, bool who2);
    // xp_dirtree N'folder', depth, 1: the files of a folder as the service account sees it.
    void dirTree(ProcedureCall& call);
    void fileExists(ProcedureCall& call);
    void sendTable(const QVector<ColumnInfo>& columns, const QVector<QVector<SqlValue>>& rows);

    ExecContext& m_ctx;
    Interpreter& m_interpreter;
};

} // namespace pchatlab
