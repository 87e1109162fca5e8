#include "reportpdf.h"

#include "reporthtml.h"
#include "reporttexts.h"
#include "screenshotdocument.h"

#include <cmath>
#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFont>
#include <QFontMetrics>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QtMath>
#include <QUrl>

namespace pchat {

namespace {

// One device pixel per CSS pixel: QTextDocument then lays out fonts and image sizes exactly as on a screen,
// and the text stays vector text in the PDF whatever the resolution.
constexpr int dpi = 96;

double mm(double millimetres)
{
    return millimetres * dpi / 25.4;
}

// Page geometry in millimetres: the header and the footer live in the top and bottom margins.
constexpr double sideMargin = 15;
constexpr double topMargin = 20;
constexpr double bottomMargin = 18;

QFont reportFont(double points)
{
    QFont font;
    font.setFamilies({QStringLiteral("Segoe UI"), QStringLiteral("DejaVu Sans"), QStringLiteral("Arial")});
    font.setPointSizeF(points);
    // No ligatures: with them "fi" in "Verified" or "ff" in a hash becomes one glyph, and searching or
    // copying the PDF's text no longer finds what the report says.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

bool startsWithImage(const QTextBlock& block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().isImageFormat())
            return true;
    return false;
}

// QTextDocument has no "keep with next": a heading could end a page while its table starts the next one, and
// a screenshot's caption (time, reason, hash) could be separated from its image. Such a block is moved to the
// next page; in document order, so that each move sees the layout that the previous moves made.
void keepWithNext(QTextDocument* document, double pageHeight)
{
    QAbstractTextDocumentLayout* layout = document->documentLayout();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        if (!next.isValid())
            break;
        const bool heading = block.blockFormat().headingLevel() > 0;
        if (!heading && !startsWithImage(next))
            continue;
        // A heading followed by a caption stays with the caption's image: with the caption alone it would
        // still be a heading at the foot of a page.
        QTextBlock last = next;
        if (heading && next.next().isValid() && startsWithImage(next.next()))
            last = next.next();
        const QRectF here = layout->blockBoundingRect(block);
        const int page = static_cast<int>(here.top() / pageHeight);
        if (static_cast<int>((layout->blockBoundingRect(last).bottom() - 1) / pageHeight) == page ||
            here.top() - page * pageHeight <
                1) // together already, or at the top of a page: moving cannot help
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
        // The incremental relayout after a format change leaves later blocks at stale positions (they are
        // then not painted at all); laying out everything again is cheap next to writing the images.
        document->markContentsDirty(block.position(), document->characterCount() - block.position());
    }
}

} // namespace

bool ReportPdf::write(const RunRecord& record, QIODevice* device, QString* error)
{
    const RunRecord::Cover& cover = record.cover();
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0)); // the margins are painted by hand, with header and footer
    writer.setResolution(dpi);
    writer.setCreator(QStringLiteral("pchat-failback %1").arg(QStringLiteral(PCHAT_VERSION)));
    writer.setTitle(tr("Failback report %1").arg(cover.folderName) +
                    (cover.training ? QStringLiteral(" (%1)").arg(ReportTexts::training()) : QString()));

    const QRectF page(QPointF(0, 0), writer.pageLayout().fullRectPixels(dpi).size());
    const QRectF body(mm(sideMargin), mm(topMargin), page.width() - 2 * mm(sideMargin),
                      page.height() - mm(topMargin) - mm(bottomMargin));

    ScreenshotDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setDefaultFont(reportFont(9));

    // Screenshots become document resources under names of our own; the markup never names a file, so a
    // journal cannot make QTextDocument load anything from the disk.
    ReportHtml html(record, ReportHtml::Target::Pdf);
    QSet<QString> added;
    int imageNumber = 0;
    for (const RunRecord::Section& section : record.sections()) {
        for (const RunRecord::Screenshot& shot : section.screenshots) {
            if (!shot.fileFound || added.contains(shot.file))
                continue;
            added.insert(shot.file);
            // Only the header is read here: the image itself is read when its page is drawn, and dropped
            // once it is in the PDF.
            const QString path = QDir(cover.folder).filePath(shot.file);
            QImageReader reader(path);
            QSize pixels = reader.size();
            if (!reader.canRead() || pixels.isEmpty())
                continue;
            if (pixels.width() > maxImageWidth)
                pixels = pixels.scaled(maxImageWidth, pixels.height(), Qt::KeepAspectRatio);
            // As wide as the text, but no taller than 40% of a page, so that two screenshots with their
            // captions fit on one page.
            QSizeF size(qMin<double>(body.width(), pixels.width()), 0);
            size.setHeight(size.width() * pixels.height() / pixels.width());
            if (size.height() > body.height() * 0.4)
                size.scale(body.width(), body.height() * 0.4, Qt::KeepAspectRatio);
            const QUrl url(QStringLiteral("report-image:/%1").arg(++imageNumber));
            document.setImageFile(url, path, maxImageWidth);
            html.setPdfImage(shot.file, url, size.toSize());
        }
    }
    document.setHtml(html.build());
    document.setPageSize(body.size());
    keepWithNext(&document, body.height());
    const int pageCount = document.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot create the PDF report.");
        return false;
    }
    // Lossless (Flate) instead of the engine's default JPEG at quality 94: for screenshots of a user
    // interface, flat colours and sharp text, it is both smaller (60 wizard screenshots: 7.4 MB against 13
    // MB) and exact.
    painter.setRenderHint(QPainter::LosslessImageRendering);
    document.startDrawing();
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0 && !writer.newPage()) {
            if (error)
                *error = tr("Cannot add page %1 to the PDF report.").arg(index + 1);
            return false;
        }
        // The document is one long strip of pages: move page `index` of it into the body rectangle.
        painter.save();
        painter.translate(body.left(), body.top() - index * body.height());
        document.drawContents(&painter, QRectF(0, index * body.height(), body.width(), body.height()));
        painter.restore();
        paintPageFrame(&painter, record, page, index + 1, pageCount);
    }
    if (!painter.end()) {
        if (error)
            *error = tr("Cannot finish the PDF report.");
        return false;
    }
    return true;
}

void ReportPdf::paintPageFrame(QPainter* painter, const RunRecord& record, const QRectF& page, int number,
                               int count)
{
    const RunRecord::Cover& cover = record.cover();
    const QColor trainingColor(0xc0, 0, 0);
    const double left = mm(sideMargin);
    const double width = page.width() - 2 * mm(sideMargin);
    painter->save();

    // Header: which pool and which run, so that a loose page can be put back where it belongs.
    const QRectF header(left, mm(6), width, mm(10));
    painter->setFont(reportFont(8));
    painter->setPen(QColor(0x40, 0x40, 0x40));
    const int textWidth = qRound(width * 0.8);
    const QFontMetrics metrics = painter->fontMetrics();
    painter->drawText(
        header, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(cover.poolName.isEmpty() ? ReportTexts::notRecorded() : cover.poolName,
                           Qt::ElideMiddle, textWidth) +
            QLatin1Char('\n') + metrics.elidedText(cover.folderName, Qt::ElideMiddle, textWidth));
    if (cover.training) {
        QFont bold = reportFont(11);
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(trainingColor);
        painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, ReportTexts::training());
    }
    painter->setPen(QPen(QColor(0x30, 0x60, 0xa0), 0.8));
    painter->drawLine(QPointF(left, mm(16.5)), QPointF(left + width, mm(16.5)));

    // Footer: the page of how many, and the journal hash the report was made from.
    const double footerTop = page.height() - mm(bottomMargin) + mm(5);
    painter->drawLine(QPointF(left, footerTop), QPointF(left + width, footerTop));
    const QRectF footer(left, footerTop + mm(1), width, mm(7));
    painter->setFont(reportFont(8));
    painter->setPen(QColor(0x40, 0x40, 0x40));
    painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                      tr("Journal hash %1").arg(cover.finalHash.left(16) + QStringLiteral("...")));
    painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                      tr("Page %1 of %2").arg(QString::number(number), QString::number(count)));

    // The watermark goes over the content, screenshots included: a training page must never pass for
    // production evidence, not even cut out of the report.
    if (cover.training) {
        QFont big = reportFont(96);
        big.setBold(true);
        painter->setFont(big);
        QColor color = trainingColor;
        color.setAlpha(45);
        painter->setPen(color);
        painter->translate(page.center());
        painter->rotate(-qRadiansToDegrees(std::atan2(page.height(), page.width())));
        const QString text = ReportTexts::training();
        const QRectF bounds = painter->fontMetrics().boundingRect(text);
        painter->drawText(QPointF(-bounds.width() / 2, painter->fontMetrics().ascent() / 2.0), text);
    }
    painter->restore();
}

} // namespace pchat
