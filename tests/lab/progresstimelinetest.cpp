// The lab's progress timeline (control command "progress-timeline"): every change of a BACKUP's
// percent_complete, in order, stamped on the monotonic clock the client shares (the progress-latency
// benchmark compares these stamps with the moment the wizard paints the value).
#include "labprocess.h"

#include <chrono>
#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonObject>

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

TEST(ProgressTimelineTest, RecordsEachPercentChangeOfABackupOnTheSharedMonotonicClock)
{
    // mgc (6 GB at 150 MB/s) backs up in about a second at this speed.
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("40")});
    ASSERT_TRUE(lab.started());
    const QJsonObject before = lab.control().send(pchat::LabControl::progressTimelineRequest(0));
    ASSERT_TRUE(before.value(QLatin1String("ok")).toBool());
    const qint64 since = qint64(before.value(QLatin1String("last")).toDouble());
    const qint64 start = nowNs();
    const QString out =
        LabProcess::runTsql(lab.port(QStringLiteral("PCSQL02\\PCHAT")),
                            QStringLiteral("BACKUP DATABASE [mgc] TO DISK = "
                                           "N'\\\\FS01\\PChatLogShip\\t.bak' WITH INIT\ngo\nexit\n"));
    const qint64 end = nowNs();
    const QJsonObject reply = lab.control().send(pchat::LabControl::progressTimelineRequest(since));
    const QJsonArray changes = reply.value(QLatin1String("changes")).toArray();
    ASSERT_GE(changes.size(), 50) << out.toStdString();
    double lastPercent = -1;
    qint64 lastNs = start;
    for (const QJsonValue& value : changes) {
        const QJsonObject change = value.toObject();
        EXPECT_EQ(change.value(QLatin1String("instance")).toString(), QStringLiteral("PCSQL02\\PCHAT"));
        EXPECT_GT(change.value(QLatin1String("spid")).toInt(), 0);
        const double percent = change.value(QLatin1String("percent")).toDouble();
        const qint64 ns = change.value(QLatin1String("ns")).toString().toLongLong();
        EXPECT_GT(percent, lastPercent);
        EXPECT_GE(ns, lastNs) << "stamps are monotonic and not before the client started the backup";
        lastPercent = percent;
        lastNs = ns;
    }
    EXPECT_EQ(changes.first().toObject().value(QLatin1String("percent")).toDouble(), 0.0);
    EXPECT_EQ(lastPercent, 100.0);
    EXPECT_LE(lastNs, end) << "stamps are not after the client saw the backup end";
    EXPECT_GE(reply.value(QLatin1String("nowNs")).toString().toLongLong(), end);
}
