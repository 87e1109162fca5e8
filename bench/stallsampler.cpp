#include "stallsampler.h"

#include "eventloopprobe.h"

#include <chrono>

#ifdef __linux__
#include <csignal>
#include <cstdlib>
#include <cxxabi.h>
#include <execinfo.h>
#include <pthread.h>
#endif

namespace pchat::bench {

namespace {

#ifdef __linux__
constexpr int maxSamples = 4096;
constexpr int maxFrames = 128;

struct RawSample
{
    qint64 ns = 0;
    int depth = 0;
    void* frames[maxFrames];
};

RawSample g_samples[maxSamples];
std::atomic<int> g_count{0};

// Runs on the UI thread when the watchdog signals it. backtrace() is not formally async-signal-safe, but it
// was called once before (so libgcc is loaded) and the sampler is a developer's tool.
void onSample(int)
{
    const int index = g_count.fetch_add(1);
    if (index >= maxSamples)
        return;
    g_samples[index].ns = EventLoopProbe::nowNs();
    g_samples[index].depth = backtrace(g_samples[index].frames, maxFrames);
}

QString demangled(const char* symbol)
{
    // "binary(mangled+0x12) [0x...]"
    const QString text = QString::fromLocal8Bit(symbol);
    const qsizetype open = text.indexOf(u'(');
    const qsizetype plus = text.indexOf(u'+', open);
    if (open < 0 || plus < 0 || plus == open + 1)
        return text;
    const QByteArray mangled = text.mid(open + 1, plus - open - 1).toLocal8Bit();
    int status = 0;
    char* name = abi::__cxa_demangle(mangled.constData(), nullptr, nullptr, &status);
    const QString result =
        status == 0 && name ? QString::fromLocal8Bit(name) : QString::fromLocal8Bit(mangled);
    std::free(name);
    return result.left(220);
}
#endif

} // namespace

StallSampler::StallSampler(const std::atomic<qint64>& heartbeat, int thresholdMs)
    : m_heartbeat(heartbeat)
    , m_thresholdMs(thresholdMs)
{
}

StallSampler::~StallSampler()
{
    stop();
}

bool StallSampler::start()
{
#ifdef __linux__
    void* warmUp[4];
    backtrace(warmUp, 4);
    struct sigaction action = {};
    action.sa_handler = onSample;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    if (sigaction(SIGPROF, &action, nullptr) != 0)
        return false;
    m_uiThread = pthread_self();
    m_running = true;
    m_thread = std::thread([this] { watch(); });
    return true;
#else
    return false;
#endif
}

void StallSampler::stop()
{
    m_running = false;
    if (m_thread.joinable())
        m_thread.join();
}

void StallSampler::watch()
{
#ifdef __linux__
    qint64 lastSample = 0;
    while (m_running) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        const qint64 now = EventLoopProbe::nowNs();
        const qint64 beat = m_heartbeat.load();
        if (now - beat > qint64(m_thresholdMs) * 1000000 && now - lastSample > 5000000) {
            pthread_kill(pthread_t(m_uiThread), SIGPROF);
            lastSample = now;
        }
    }
#endif
}

std::vector<StallSampler::Sample> StallSampler::samplesBetween(qint64 fromNs, qint64 toNs) const
{
    std::vector<Sample> found;
#ifdef __linux__
    const int count = std::min(g_count.load(), maxSamples);
    for (int i = 0; i < count; ++i) {
        const RawSample& raw = g_samples[i];
        if (raw.ns < fromNs || raw.ns > toNs)
            continue;
        Sample sample{raw.ns, {}};
        char** symbols = backtrace_symbols(raw.frames, raw.depth);
        // Frames 0-1 are the handler and the signal trampoline.
        for (int f = 2; symbols && f < raw.depth; ++f)
            sample.frames << demangled(symbols[f]);
        std::free(symbols);
        found.push_back(sample);
    }
#else
    Q_UNUSED(fromNs);
    Q_UNUSED(toNs);
#endif
    return found;
}

} // namespace pchat::bench
