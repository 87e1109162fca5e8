// Lab benchmark: QODBC round-trip time of a small SELECT (median, p99) and statements per second with 1 and
// 50 connections against a pchat-lab started on free ports. Prints "name value unit" lines and a summary.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <vector>

namespace {

const char* kPassword = "Lab-Failback-2026";

int startLab(QProcess& lab)
{
    lab.setProgram(QStringLiteral(PCHAT_LAB_EXE));
    lab.setArguments({QStringLiteral("--any-port")});
    lab.start();
    if (!lab.waitForStarted(5000))
        return 0;
    int port = 0;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        if (!lab.canReadLine() && !lab.waitForReadyRead(200))
            continue;
        while (lab.canReadLine()) {
            const QString line = QString::fromUtf8(lab.readLine()).trimmed();
            if (line.startsWith(QLatin1String("PCSQL01\\PCHAT ")))
                port = line.section(QLatin1Char(','), 1).toInt();
            if (line.startsWith(QLatin1String("control ")))
                return port;
        }
    }
    return 0;
}

// One QODBC connection per thread (QSqlDatabase may only be used by the thread that created it).
QString openConnection(int port)
{
    const QString name = QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), name);
    db.setDatabaseName(
        QStringLiteral("DRIVER={FreeTDS};Server=127.0.0.1;Port=%1;TDS_Version=7.4;Encryption=off;"
                       "ClientCharset=UTF-8;Database=master;UID=sa;PWD=%2;")
            .arg(QString::number(port), QLatin1String(kPassword)));
    return db.open() ? name : QString();
}

void closeConnection(const QString& name)
{
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

bool selectOne(QSqlQuery& q)
{
    return q.exec(QStringLiteral("SELECT 1")) && q.next() && q.value(0).toInt() == 1;
}

void print(const char* name, double value, const char* unit)
{
    std::printf("figure %s %.3f %s\n", name, value, unit);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QProcess lab;
    const int port = startLab(lab);
    if (!port) {
        std::fprintf(stderr, "pchat_lab_bench: pchat-lab did not start\n");
        return 1;
    }

    // Round trip on one connection.
    std::vector<double> samples;
    qint64 singleCount = 0;
    double singleSeconds = 0;
    {
        const QString name = openConnection(port);
        if (name.isEmpty()) {
            std::fprintf(stderr, "pchat_lab_bench: cannot connect\n");
            return 1;
        }
        QSqlQuery q(QSqlDatabase::database(name, false));
        q.setForwardOnly(true);
        for (int i = 0; i < 200; ++i) // warm-up
            selectOne(q);
        QElapsedTimer t;
        for (int i = 0; i < 3000; ++i) {
            t.start();
            selectOne(q);
            samples.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        QElapsedTimer total;
        total.start();
        while (total.elapsed() < 2000) {
            selectOne(q);
            ++singleCount;
        }
        singleSeconds = double(total.elapsed()) / 1000.0;
        q.finish();
        q = QSqlQuery();
        closeConnection(name);
    }
    std::sort(samples.begin(), samples.end());
    const double median = samples[samples.size() / 2];
    const double p99 = samples[samples.size() * 99 / 100];

    // Fifty connections at once.
    std::atomic<qint64> manyCount{0};
    std::atomic<int> errors{0};
    QElapsedTimer manyTimer;
    std::vector<QThread*> threads;
    std::atomic<bool> go{false};
    // Threads that logged in or gave up: the clock starts once all have, so logins are not measured.
    std::atomic<int> ready{0};
    constexpr int connections = 50;
    for (int i = 0; i < connections; ++i) {
        threads.push_back(QThread::create([&] {
            const QString name = openConnection(port);
            if (name.isEmpty()) {
                ++errors;
                ++ready;
                return;
            }
            {
                QSqlQuery q(QSqlDatabase::database(name, false));
                q.setForwardOnly(true);
                ++ready;
                while (!go.load())
                    QThread::msleep(1);
                QElapsedTimer t;
                t.start();
                while (t.elapsed() < 3000) {
                    if (selectOne(q))
                        ++manyCount;
                    else
                        ++errors;
                }
            }
            closeConnection(name);
        }));
        threads.back()->start();
    }
    while (ready.load() < connections)
        QThread::msleep(1);
    go = true;
    manyTimer.start();
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    const double manySeconds = double(manyTimer.elapsed()) / 1000.0;

    print("lab.roundtrip.median", median, "ms");
    print("lab.roundtrip.p99", p99, "ms");
    print("lab.statements_per_second.1_connection", double(singleCount) / singleSeconds, "stmt/s");
    print("lab.statements_per_second.50_connections", double(manyCount.load()) / manySeconds, "stmt/s");
    print("lab.errors.50_connections", double(errors.load()), "count");
    std::printf("summary: median round trip %.3f ms (target < 1 ms: %s), %d errors at 50 connections (target "
                "0: %s)\n",
                median, median < 1.0 ? "met" : "missed", errors.load(),
                errors.load() == 0 ? "met" : "missed");
    lab.terminate();
    lab.waitForFinished(5000);
    return 0;
}
