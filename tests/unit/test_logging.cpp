#include "backend/log/logging.h"
#include "backend/log/qstringformatter.h"

#include <gtest/gtest.h>
#include <spdlog/details/os.h>
#include <QFile>
#include <QTemporaryDir>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace pchat;

TEST(Logging, WritesTheRotatingFileAndExtraSinks)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString logs = dir.filePath(QStringLiteral("logs"));
    Logging::initialize(logs);
    Logging::initialize(logs); // a second call must not add a second file sink
    EXPECT_EQ(Logging::logFilePath(), logs + QStringLiteral("/pchat-failback.log"));
    ASSERT_EQ(Logging::logger()->name(), "pchat");

    std::ostringstream stream;
    const auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(stream);
    sink->set_pattern("%v");
    Logging::addSink(sink);
    Logging::logger()->info("Größe {}", QStringLiteral("PCSQL02\\PCHAT"));
    Logging::removeSink(sink);
    Logging::logger()->info("after removal");
    Logging::logger()->flush();
    // spdlog ends lines as the platform does (CRLF on Windows).
    EXPECT_EQ(stream.str(), std::string("Größe PCSQL02\\PCHAT") + SPDLOG_EOL);

    QFile file(Logging::logFilePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_EQ(text.count(QStringLiteral("Größe PCSQL02\\PCHAT")), 1);
    EXPECT_TRUE(text.contains(QStringLiteral("[info]")));
    EXPECT_TRUE(text.contains(QStringLiteral("after removal")));
    EXPECT_FALSE(Logging::defaultDirectory().isEmpty());
    EXPECT_TRUE(Logging::defaultDirectory().endsWith(QStringLiteral("/logs")));
}
