// The PDF report's text document: it reads each screenshot from its file when the image is drawn and keeps
// none of them, so that writing the report holds one screenshot in memory at a time, not all of them.
#pragma once

#include <QHash>
#include <QImage>
#include <QString>
#include <QTextDocument>
#include <QUrl>

namespace pchat {

class ScreenshotDocument : public QTextDocument
{
public:
    explicit ScreenshotDocument(QObject* parent = nullptr);

    // The image resource url shows the screenshot file at path, at most maxWidth pixels wide.
    void setImageFile(const QUrl& url, const QString& path, int maxWidth);

    // Until drawing starts, every screenshot is a one-pixel stand-in: QTextDocument reads an image each
    // time it lays out its block (for the device's scale), and its size comes from the markup anyway.
    void startDrawing() { m_drawing = true; }

    // The screenshot as the PDF embeds it: no wider than maxWidth and without alpha (an alpha channel would
    // add a second, uncompressed mask image per screenshot). Null when the file is not a readable image.
    static QImage pdfImage(const QString& path, int maxWidth);

protected:
    // Loads only the screenshots set with setImageFile, and caches nothing: QTextDocument's own
    // loadResource would keep every image until the document is gone, and would read any file the markup
    // names.
    QVariant loadResource(int type, const QUrl& name) override;

private:
    struct ImageFile
    {
        QString path;
        int maxWidth = 0;
    };
    QHash<QUrl, ImageFile> m_images;
    bool m_drawing = false;
    // The last image read, for a screenshot that spans two pages and is drawn on both.
    QUrl m_lastUrl;
    QImage m_lastImage;
};

} // namespace pchat
