// libFuzzer target: the JSON lines a client sends to the lab's control port (the wizard's training mode, the
// lab shell, the tests). Each line is handled as the port handles it, on a fresh world of a built-in scenario
// per input, so that fault switches, the speed, the executed log and the Lync pool commands all see hostile
// values.
#include "fuzzqt.h"
#include "lab/scenario/scenarioloader.h"
#include "lab/shell/controlserver.h"
#include "lab/world/world.h"

#include <cstdint>
#include <cstdlib>
#include <QJsonDocument>

using namespace pchatlab;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    pchatfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // Odd sizes run on the scenario with log shipping, where "disaster" and "rebuild-primary" act.
    static const QByteArray scenarios[] = {
        ScenarioLoader::defaultScenario(),
        ScenarioLoader::builtIn(QStringLiteral("normal-with-log-shipping"))};
    const QByteArray& scenario = scenarios[size % 2];
    World world;
    QString error;
    if (!ScenarioLoader::load(scenario, world, &error))
        std::abort();
    world.setScenarioDocument(scenario);
    ControlServer server(world);
    for (const QByteArray& line : bytes.split('\n')) {
        // The port answers every line with one JSON object.
        if (!QJsonDocument::fromJson(server.handle(line.trimmed())).isObject())
            std::abort();
    }
    return 0;
}
