// libFuzzer target: a T-SQL batch as a client sends it to the lab (UTF-8 here, UTF-16 on the wire). It is
// tokenized and parsed, then run by the interpreter on every instance of a fresh default world, with the
// response encoded as TDS, so that the lexer, parser, evaluator, procedures and the engines all see it.
#include "attentiontimer.h"
#include "fuzzqt.h"
#include "lab/scenario/scenarioloader.h"
#include "lab/tds/tdsresponsewriter.h"
#include "lab/tsql/interpreter.h"
#include "lab/tsql/lexer.h"
#include "lab/tsql/sqlerror.h"
#include "lab/tsql/statementparser.h"
#include "lab/world/world.h"

#include <cstdint>
#include <cstdlib>

using namespace pchatlab;

namespace {

// Long enough for every statement the backend sends; WAITFOR and WHILE beyond it get an attention.
constexpr std::chrono::milliseconds attentionAfter(200);

void runOn(World& world, Instance& instance, const QString& sql)
{
    auto session = std::make_shared<Session>();
    {
        std::lock_guard lock(world.mutex());
        session->spid = instance.nextSpid++;
        session->login = QStringLiteral("sa");
        session->sysadmin = true;
        session->loggedIn = true;
        instance.sessions.insert(session->spid, session);
    }
    TdsResponseWriter writer([](const QByteArray&) {}, 4096, quint16(session->spid), instance.serverName());
    static pchatfuzz::AttentionTimer attention(attentionAfter);
    attention.arm(session.get());
    {
        Interpreter interpreter(world, instance, *session, writer);
        interpreter.runBatch(sql);
    }
    attention.disarm();
    writer.finish();
    std::lock_guard lock(world.mutex());
    instance.sessions.remove(session->spid);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    pchatfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString sql = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        (void)Lexer::tokenize(sql);
        (void)StatementParser::parseBatch(sql);
    } catch (const SqlError&) {
        // A syntax error is SQL Server's answer too; the interpreter reports it below.
    }
    static const QByteArray scenario = ScenarioLoader::defaultScenario();
    World world;
    QString error;
    if (!ScenarioLoader::load(scenario, world, &error))
        std::abort();
    // Long operations (BACKUP, RESTORE) take simulated time; at this speed they finish at once.
    world.setSpeed(1e9);
    for (const auto& instance : world.instances())
        runOn(world, *instance, sql);
    return 0;
}
