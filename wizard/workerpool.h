// The threads for the wizard's own long work (report, verification, screenshot buffers), apart from Qt's
// global pool: Qt 6.4's raster engine splits large fills across QThreadPool::globalInstance() and waits for
// them on the UI thread, so a report writing in the global pool held up every paint until it was done.
#pragma once

class QThreadPool;

namespace pchat {

class WorkerPool
{
public:
    static QThreadPool* instance();
};

} // namespace pchat
