#include "explanationpanel.h"

#include "backend/run/procedure.h"
#include "trainingnotes.h"

#include <QEvent>
#include <QPalette>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pchat {

namespace {

// Qt's rich text indents lists by 40 px per level, an eighth of a 300 px side panel; half of it still reads
// as a list.
constexpr int listIndent = 18;

// Shell output and T-SQL keep their line breaks but wrap inside the narrow panel instead of scrolling
// sideways. Colours follow the palette, so that a dark theme stays readable.
QString documentStyleSheet(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return QStringLiteral("h3 { color: %1; background-color: %2; margin-top: 14px; margin-bottom: 6px; }"
                          "p { margin-top: 0px; margin-bottom: 6px; }"
                          "li { margin-bottom: 8px; }"
                          ".symptom { color: %3; }"
                          "pre { white-space: pre-wrap; background-color: %2; margin-top: 2px; "
                          "margin-bottom: 6px; }")
        .arg(palette.color(QPalette::Text).name(), palette.color(QPalette::AlternateBase).name(),
             dark ? QStringLiteral("#ff8a80") : QStringLiteral("#9b1c1c"));
}

} // namespace

ExplanationPanel::ExplanationPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new QTextBrowser)
{
    setObjectName(QStringLiteral("explanationPanel"));
    m_text->setObjectName(QStringLiteral("explanationText"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setIndentWidth(listIndent);
    m_text->document()->setDocumentMargin(8);
    // A UNC path or a cmdlet name is longer than a narrow line: break it rather than scroll sideways.
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    // A real timer, not a queued call: it runs after the window has painted the new page, so that a Next is
    // two short passes of the event loop (the page, then its explanation) instead of one long stall.
    m_renderSoon.setSingleShot(true);
    m_renderSoon.setInterval(0);
    connect(&m_renderSoon, &QTimer::timeout, this, [this] {
        if (m_stale && isVisible())
            render();
    });
    renderWhenShown();
}

void ExplanationPanel::setPage(int pageId, const Procedure* procedure)
{
    m_pageId = pageId;
    m_procedure = procedure;
    renderWhenShown();
}

void ExplanationPanel::switchTo(int pageId, const Procedure* procedure)
{
    m_pageId = pageId;
    m_procedure = procedure;
    m_stale = true;
    m_renderSoon.stop();
    if (isVisible())
        m_text->clear();
}

// Laying out a long note costs milliseconds; done on every page change while the panel sits behind the log
// tab, it made each Next stall the window. A hidden panel renders when it is shown, a shown one just after
// the window's next paint.
void ExplanationPanel::renderWhenShown()
{
    m_stale = true;
    if (isVisible())
        m_renderSoon.start();
}

void ExplanationPanel::showEvent(QShowEvent* event)
{
    if (m_stale)
        render();
    QWidget::showEvent(event);
}

QSize ExplanationPanel::sizeHint() const
{
    return {320, 600};
}

void ExplanationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        renderWhenShown();
    QWidget::changeEvent(event);
}

void ExplanationPanel::render()
{
    m_stale = false;
    m_renderSoon.stop();
    const TrainingNote note =
        TrainingNotes::forPage(m_procedure ? *m_procedure : Procedure::failback(), m_pageId);
    m_text->setAccessibleName(tr("Explanation for trainees"));
    if (note.isEmpty()) {
        m_text->setHtml(tr("<p>No explanation for this page.</p>"));
        return;
    }
    m_text->document()->setDefaultStyleSheet(documentStyleSheet(palette()));
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("What this step does and why"));
    html += note.whatAndWhy;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("What SSMS / the Lync shell would show"));
    html += note.whatYouWouldSee;
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("What can go wrong"));
    for (const TrainingNote::Pitfall& pitfall : note.whatCanGoWrong)
        html += QStringLiteral("<li><span class=\"symptom\">%1</span><br/>%2</li>")
                    .arg(pitfall.symptom, tr("<b>What to do:</b> %1").arg(pitfall.remedy));
    html += QStringLiteral("</ul>");
    // A new page or language starts at the top; the operator scrolls on from there.
    m_text->setHtml(html);
    m_text->verticalScrollBar()->setValue(0);
}

} // namespace pchat
