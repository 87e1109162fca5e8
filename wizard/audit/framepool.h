// Window-sized images that screenshots are copied into and used again once the trail's writer has encoded
// them: a fresh image costs the UI thread a page fault per 4 KB (about 20 ms at 1920x1080), a used one half a
// millisecond.
#pragma once

#include <memory>
#include <QImage>
#include <QMutex>
#include <vector>

namespace pchat {

class FramePool
{
public:
    explicit FramePool(int capacity = 3);
    ~FramePool();

    // A copy of area of source. It lands in a pooled image nobody else holds when there is one; otherwise
    // it is a fresh image, and images of this size are prepared on a worker for the next copies.
    QImage copy(const QImage& source, const QRect& area);
    // Fills the pool with images of this size and format on a worker, so that even the first copies land in
    // used images.
    void prepare(QSize size, QImage::Format format);
    // Lets the images go (the run is over): the ones the writer still holds go when it is done with them.
    void release();

    // How many copies landed in a pooled image, for the tests.
    int reusedCopies() const { return m_reused; }

private:
    // What a worker prepared, handed over under the mutex because the worker may finish after the pool is
    // gone.
    struct Prepared
    {
        QMutex mutex;
        std::vector<QImage> images;
        // Raised by release(): a worker that finishes later keeps its images to itself.
        int generation = 0;
    };

    void adoptPrepared();

    int m_capacity;
    int m_reused = 0;
    std::vector<QImage> m_images;
    std::shared_ptr<Prepared> m_prepared;
    QSize m_preparing;
};

} // namespace pchat
