// Sets up spdlog for the whole program: a rotating file in the user's data folder plus sinks added at run
// time.
#pragma once

#include <memory>
#include <QString>
#include <spdlog/logger.h>

namespace pchat {

class Logging
{
public:
    // <AppLocalDataLocation>/logs
    static QString defaultDirectory();
    // Creates the "pchat" logger with a rotating file (5 MiB x 3) in directory; safe to call more than once.
    static void initialize(const QString& directory);
    static std::shared_ptr<spdlog::logger> logger();
    static QString logFilePath();
    static void addSink(const spdlog::sink_ptr& sink);
    static void removeSink(const spdlog::sink_ptr& sink);
};

} // namespace pchat
