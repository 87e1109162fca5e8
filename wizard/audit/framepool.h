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
    // it is a fresh image, and while a run has the pool armed, images of this size are prepared on a worker
    // for the next copies.
    QImage copy(const QImage& source, const QRect& area);
    // Arms the pool for a run and fills it with images of this size and format on a worker (an empty size
    // only arms it), so that even the first copies land in used images.
    void prepare(QSize size, QImage::Format format);
    // Lets the images go and disarms the pool (the run is over): the ones the writer still holds go when it
    // is done with them, and copies stay fresh until the next run arms the pool.
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
        // Raised by every request and by release(): only the latest request's images are taken, so a worker
        // of an old size or of a closed run keeps its images to itself.
        int request = 0;
    };

    bool fits(const QImage& image) const;
    int fittingImages() const;
    void adoptPrepared();
    void requestImages();

    int m_capacity;
    int m_reused = 0;
    bool m_armed = false;
    std::vector<QImage> m_images;
    std::shared_ptr<Prepared> m_prepared;
    // What the pool is for now (the window's last size and format), and whether a worker prepares it.
    QSize m_size;
    QImage::Format m_format = QImage::Format_Invalid;
    bool m_requested = false;
};

} // namespace pchat
