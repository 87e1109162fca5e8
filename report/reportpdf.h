// Renders the report of a RunRecord as an A4 PDF: header, "Page n of m" footer, screenshots scaled to the
// page, and for training runs TRAINING in the header and as a watermark on every page.
#pragma once

#include "runrecord.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

class QPainter;
class QRectF;

namespace pchat {

class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // Writes the whole PDF to device (open for writing). Needs a QGuiApplication: QPdfWriter and the fonts
    // do. false: *error says why in the UI language.
    static bool write(const RunRecord& record, QIODevice* device, QString* error);

    // Screenshots are embedded at most this wide (pixels); wider ones (high-DPI grabs) are scaled down. The
    // wizard's own screenshots (about 1180 wide) stay unscaled: scaling blurs their text and makes them
    // compress worse, not better.
    static constexpr int maxImageWidth = 1280;

private:
    static void paintPageFrame(QPainter* painter, const RunRecord& record, const QRectF& page, int number,
                               int count);
};

} // namespace pchat
