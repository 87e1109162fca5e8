#include "screenshotdocument.h"

#include <QImage>
#include <QPainter>
#include <QVariant>

namespace pchat {

ScreenshotDocument::ScreenshotDocument(QObject* parent)
    : QTextDocument(parent)
{
}

void ScreenshotDocument::setImageFile(const QUrl& url, const QString& path, int maxWidth)
{
    m_images.insert(url, {path, maxWidth});
}

QImage ScreenshotDocument::pdfImage(const QString& path, int maxWidth)
{
    QImage image(path);
    if (image.isNull())
        return {};
    if (image.width() > maxWidth)
        image = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) {
        QImage opaque(image.size(), QImage::Format_RGB888);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
        return opaque;
    }
    return image.convertToFormat(QImage::Format_RGB888);
}

QVariant ScreenshotDocument::loadResource(int type, const QUrl& name)
{
    const auto image = m_images.constFind(name);
    if (type != QTextDocument::ImageResource || image == m_images.cend())
        return {};
    if (!m_drawing) {
        QImage standIn(1, 1, QImage::Format_RGB888);
        standIn.fill(Qt::white);
        return standIn;
    }
    if (name != m_lastUrl) {
        m_lastImage = QImage(); // dropped before the next is read: one screenshot in memory at a time
        m_lastImage = pdfImage(image->path, image->maxWidth);
        m_lastUrl = name;
    }
    return m_lastImage;
}

} // namespace pchat
