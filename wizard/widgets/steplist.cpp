#include "steplist.h"

#include <QLabel>
#include <QPainter>
#include <QPaintEvent>
#include <QVBoxLayout>

namespace pchat {

StepList::StepList(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("stepList"));
    setFrameShape(QFrame::StyledPanel);
    // Painted by paintEvent, not filled as an opaque widget: Qt paints an opaque widget's children twice
    // when the window repaints in full (see the FailbackWizard constructor).
    setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addStretch();
}

void StepList::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().base());
    painter.end();
    QFrame::paintEvent(event);
}

void StepList::setPages(const QList<int>& pageIds)
{
    qDeleteAll(m_labels);
    m_labels.clear();
    m_pageIds = pageIds;
    auto* box = static_cast<QVBoxLayout*>(layout());
    for (int i = 0; i < pageIds.size(); ++i) {
        auto* label = new QLabel;
        label->setObjectName(QStringLiteral("stepListItem%1").arg(i));
        label->setWordWrap(true);
        // The list shows progress; moving between pages stays with Back and Next so that no check is skipped.
        label->setTextInteractionFlags(Qt::NoTextInteraction);
        box->insertWidget(i, label);
        m_labels << label;
    }
}

void StepList::setTexts(const QStringList& texts)
{
    m_texts = texts;
    render();
}

QString StepList::text(int pageId) const
{
    return m_texts.value(m_pageIds.indexOf(pageId));
}

void StepList::setCurrentPage(int pageId)
{
    m_current = pageId;
    render();
}

void StepList::render()
{
    const int currentRow = m_pageIds.indexOf(m_current);
    for (int row = 0; row < m_labels.size(); ++row) {
        QLabel* label = m_labels.at(row);
        const bool current = row == currentRow;
        QFont font = label->font();
        font.setBold(current);
        label->setFont(font);
        // The wizard carries a style sheet, under which palettes set on children are not honoured.
        const bool done = currentRow >= 0 && row < currentRow;
        label->setStyleSheet(done ? QStringLiteral("color: palette(mid);") : QString());
        label->setIndent(current ? 0 : 14);
        label->setText((current ? QStringLiteral("▸ ") : QString()) + m_texts.value(row));
    }
}

} // namespace pchat
