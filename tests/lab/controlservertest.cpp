// The control port's request handling in process: hostile numbers in a request are refused or bounded, never
// converted past what their type holds.
#include "lab/shell/controlserver.h"

#include "lab/scenario/scenarioloader.h"
#include "lab/world/world.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pchatlab;

namespace {

QJsonObject handle(ControlServer& server, const QByteArray& line)
{
    return QJsonDocument::fromJson(server.handle(line)).object();
}

} // namespace

// Found with the fuzz target tests/fuzz/fuzz_control (crash-ub-* in its corpus): "since" went through
// qint64(double), undefined for 1e300 (UBSan: outside the range of representable values).
TEST(ControlServerTest, SinceBeyondQint64IsReadAsAbsent)
{
    World world;
    QString error;
    ASSERT_TRUE(ScenarioLoader::load(ScenarioLoader::defaultScenario(), world, &error))
        << error.toStdString();
    ControlServer server(world);
    world.executedLog().append(
        {0, QStringLiteral("shell"), 0, QStringLiteral("lync"), QStringLiteral("x"), {}, {}});
    for (const char* cmd : {"executed", "progress-timeline"}) {
        for (const char* since : {"1e300", "-1e300", "9.5e18", "0.5"}) {
            const QJsonObject reply =
                handle(server, QByteArray("{\"cmd\":\"") + cmd + "\",\"since\":" + since + "}");
            EXPECT_TRUE(reply.value(QLatin1String("ok")).toBool()) << cmd << " " << since;
        }
    }
    // A whole number still selects as before: nothing after the last entry, everything after 0.
    const QJsonObject all = handle(server, R"({"cmd":"executed","since":0})");
    EXPECT_EQ(all.value(QLatin1String("entries")).toArray().size(), 1);
    const QJsonObject none = handle(server, R"({"cmd":"executed","since":1})");
    EXPECT_TRUE(none.value(QLatin1String("entries")).toArray().isEmpty());
}

// Seen while fixing the finding above: a speed of 1e-300 or infinity makes the long operations' and the Agent
// clock's millisecond arithmetic overflow qint64 (the corpus keeps such a request as crash-ub-speed-*).
TEST(ControlServerTest, SpeedIsBounded)
{
    World world;
    ControlServer server(world);
    handle(server, R"({"cmd":"speed","value":1e-300})");
    EXPECT_EQ(world.speed(), World::minSpeed);
    handle(server, R"({"cmd":"speed","value":1e300})");
    EXPECT_EQ(world.speed(), World::maxSpeed);
    handle(server, R"({"cmd":"speed","value":-5})");
    EXPECT_EQ(world.speed(), 1);
    handle(server, R"({"cmd":"speed","value":400})");
    EXPECT_EQ(world.speed(), 400);
}
