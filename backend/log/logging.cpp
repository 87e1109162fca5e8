#include "logging.h"

#include <chrono>
#include <mutex>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace pchat {

namespace {

constexpr std::size_t maxFileSize = 5 * 1024 * 1024;
constexpr std::size_t maxFiles = 3;
const char* const loggerName = "pchat";
const char* const pattern = "%Y-%m-%dT%H:%M:%S.%e%z [%l] [%t] %v";

struct State
{
    std::mutex mutex;
    std::shared_ptr<spdlog::sinks::dist_sink_mt> sinks;
    std::shared_ptr<spdlog::logger> logger;
    spdlog::sink_ptr fileSink;
    QString filePath;
};

State& state()
{
    static State instance;
    return instance;
}

// Creates the logger on first use, so that messages before initialize() are not lost to a null logger.
std::shared_ptr<spdlog::logger> ensureLogger(State& s)
{
    if (!s.logger) {
        s.sinks = std::make_shared<spdlog::sinks::dist_sink_mt>();
        s.logger = std::make_shared<spdlog::logger>(loggerName, s.sinks);
        s.logger->set_pattern(pattern);
        s.logger->set_level(spdlog::level::debug);
        // Not on every line: the operator log writes from the UI thread, and a flush per page or step line
        // stalled it behind the disk. Warnings and errors go out at once; the rest within a second (a
        // background thread), and ProcessEnd flushes at the end. The audit trail, not this file, is the
        // evidence, and it has its own writer thread.
        s.logger->flush_on(spdlog::level::warn);
        spdlog::flush_every(std::chrono::seconds(1));
        spdlog::drop(loggerName);
        spdlog::register_logger(s.logger);
    }
    return s.logger;
}

} // namespace

QString Logging::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

void Logging::initialize(const QString& directory)
{
    State& s = state();
    const std::lock_guard lock(s.mutex);
    ensureLogger(s);
    const QString path = QDir(directory).filePath(QStringLiteral("pchat-failback.log"));
    if (s.fileSink && path == s.filePath)
        return;
    QDir().mkpath(directory);
    try {
        // spdlog takes the platform's 8-bit file name (UTF-8 here, the ANSI code page on Windows).
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QFile::encodeName(QDir::toNativeSeparators(path)).toStdString(), maxFileSize, maxFiles);
        sink->set_pattern(pattern);
        if (s.fileSink)
            s.sinks->remove_sink(s.fileSink);
        s.sinks->add_sink(sink);
        s.fileSink = sink;
        s.filePath = path;
    } catch (const spdlog::spdlog_ex& error) {
        // Logging must never stop the program; the other sinks keep working.
        s.logger->error("Cannot open the log file {}: {}", path.toStdString(), error.what());
    }
}

std::shared_ptr<spdlog::logger> Logging::logger()
{
    State& s = state();
    const std::lock_guard lock(s.mutex);
    return ensureLogger(s);
}

QString Logging::logFilePath()
{
    State& s = state();
    const std::lock_guard lock(s.mutex);
    return s.filePath;
}

void Logging::addSink(const spdlog::sink_ptr& sink)
{
    State& s = state();
    const std::lock_guard lock(s.mutex);
    ensureLogger(s);
    // The sink keeps its own pattern: a log pane may want a shorter line than the file.
    s.sinks->add_sink(sink);
}

void Logging::removeSink(const spdlog::sink_ptr& sink)
{
    State& s = state();
    const std::lock_guard lock(s.mutex);
    ensureLogger(s);
    s.sinks->remove_sink(sink);
}

} // namespace pchat
