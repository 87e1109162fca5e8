#include "framepool.h"

#include "wizard/workerpool.h"

#include <algorithm>
#include <cstring>
#include <QThreadPool>

namespace pchat {

FramePool::FramePool(int capacity)
    : m_capacity(capacity)
    , m_prepared(std::make_shared<Prepared>())
{
}

FramePool::~FramePool() = default;

QImage FramePool::copy(const QImage& source, const QRect& area)
{
    if (area.size() != m_size || source.format() != m_format) {
        // The window was resized (or first seen): what a worker prepares for the old size is of no use.
        m_size = area.size();
        m_format = source.format();
        m_requested = false;
    }
    adoptPrepared();
    for (QImage& image : m_images) {
        // Detached: the pool holds the only reference, so the writer is done with the pixels.
        if (!image.isDetached() || !fits(image))
            continue;
        const qsizetype offset = qsizetype(area.x()) * source.depth() / 8;
        const qsizetype bytes = qsizetype(area.width()) * source.depth() / 8;
        for (int y = 0; y < area.height(); ++y)
            std::memcpy(image.scanLine(y), source.constScanLine(area.y() + y) + offset, size_t(bytes));
        image.setDevicePixelRatio(source.devicePixelRatio());
        ++m_reused;
        return image;
    }
    requestImages();
    QImage fresh = source.copy(area);
    fresh.setDevicePixelRatio(source.devicePixelRatio());
    return fresh;
}

void FramePool::prepare(QSize size, QImage::Format format)
{
    m_armed = true;
    if (size.isEmpty())
        return;
    if (size != m_size || format != m_format)
        m_requested = false;
    m_size = size;
    m_format = format;
    requestImages();
}

void FramePool::release()
{
    m_armed = false;
    m_requested = false;
    m_images.clear();
    const QMutexLocker lock(&m_prepared->mutex);
    m_prepared->images.clear();
    ++m_prepared->request;
}

bool FramePool::fits(const QImage& image) const
{
    return image.size() == m_size && image.format() == m_format;
}

int FramePool::fittingImages() const
{
    return int(
        std::count_if(m_images.begin(), m_images.end(), [this](const QImage& image) { return fits(image); }));
}

void FramePool::adoptPrepared()
{
    // Images of another size that nobody holds make room; the ones the writer holds go once it lets go.
    std::erase_if(m_images, [this](const QImage& image) { return image.isDetached() && !fits(image); });
    if (!m_requested)
        return;
    std::vector<QImage> ready;
    {
        const QMutexLocker lock(&m_prepared->mutex);
        ready.swap(m_prepared->images);
    }
    if (ready.empty())
        return;
    // The answer to the latest request, whatever it held: a later shortage may ask again.
    m_requested = false;
    for (QImage& image : ready) {
        if (fits(image) && fittingImages() < m_capacity)
            m_images.push_back(std::move(image));
    }
}

void FramePool::requestImages()
{
    const int count = m_capacity - fittingImages();
    if (!m_armed || m_requested || count <= 0 || m_size.isEmpty())
        return;
    m_requested = true;
    std::weak_ptr<Prepared> target = m_prepared;
    const QSize size = m_size;
    const QImage::Format format = m_format;
    int request = 0;
    {
        const QMutexLocker lock(&m_prepared->mutex);
        request = ++m_prepared->request;
        m_prepared->images.clear();
    }
    WorkerPool::instance()->start([target, size, format, count, request] {
        std::vector<QImage> images;
        for (int i = 0; i < count; ++i) {
            QImage image(size, format);
            // Writing every page is the point: the page faults happen here, not on the UI thread.
            image.fill(0);
            images.push_back(std::move(image));
        }
        if (const std::shared_ptr<Prepared> prepared = target.lock()) {
            const QMutexLocker lock(&prepared->mutex);
            if (prepared->request == request)
                prepared->images = std::move(images);
        }
    });
}

} // namespace pchat
