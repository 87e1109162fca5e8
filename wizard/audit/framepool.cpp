#include "framepool.h"

#include "wizard/workerpool.h"

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
    adoptPrepared();
    for (QImage& image : m_images) {
        // Detached: the pool holds the only reference, so the writer is done with the pixels.
        if (!image.isDetached() || image.size() != area.size() || image.format() != source.format())
            continue;
        const qsizetype offset = qsizetype(area.x()) * source.depth() / 8;
        const qsizetype bytes = qsizetype(area.width()) * source.depth() / 8;
        for (int y = 0; y < area.height(); ++y)
            std::memcpy(image.scanLine(y), source.constScanLine(area.y() + y) + offset, size_t(bytes));
        image.setDevicePixelRatio(source.devicePixelRatio());
        ++m_reused;
        return image;
    }
    prepare(area.size(), source.format());
    QImage fresh = source.copy(area);
    fresh.setDevicePixelRatio(source.devicePixelRatio());
    return fresh;
}

void FramePool::release()
{
    m_images.clear();
    const QMutexLocker lock(&m_prepared->mutex);
    m_prepared->images.clear();
    ++m_prepared->generation;
    m_preparing = QSize();
}

void FramePool::adoptPrepared()
{
    std::vector<QImage> ready;
    {
        const QMutexLocker lock(&m_prepared->mutex);
        ready.swap(m_prepared->images);
    }
    for (QImage& image : ready) {
        if (image.size() != m_preparing)
            continue;
        // A window resized since: images of the old size that nobody holds make room.
        std::erase_if(m_images,
                      [&image](const QImage& old) { return old.isDetached() && old.size() != image.size(); });
        if (int(m_images.size()) < m_capacity)
            m_images.push_back(std::move(image));
    }
}

void FramePool::prepare(QSize size, QImage::Format format)
{
    if (size == m_preparing || size.isEmpty())
        return;
    m_preparing = size;
    std::weak_ptr<Prepared> target = m_prepared;
    const int count = m_capacity;
    int generation = 0;
    {
        const QMutexLocker lock(&m_prepared->mutex);
        generation = m_prepared->generation;
    }
    WorkerPool::instance()->start([target, size, format, count, generation] {
        std::vector<QImage> images;
        for (int i = 0; i < count; ++i) {
            QImage image(size, format);
            // Writing every page is the point: the page faults happen here, not on the UI thread.
            image.fill(0);
            images.push_back(std::move(image));
        }
        if (const std::shared_ptr<Prepared> prepared = target.lock()) {
            const QMutexLocker lock(&prepared->mutex);
            if (prepared->generation == generation)
                prepared->images = std::move(images);
        }
    });
}

} // namespace pchat
