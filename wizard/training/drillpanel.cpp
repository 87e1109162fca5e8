#include "drillpanel.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QVBoxLayout>

namespace pchat {

DrillPanel::DrillPanel(DrillController* controller, QWidget* parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_title(new QLabel)
    , m_status(new QLabel)
    , m_fix(new QPushButton)
    , m_reset(new QPushButton)
{
    setObjectName(QStringLiteral("drillPanel"));
    setFrameShape(QFrame::StyledPanel);
    // The banner's orange, lighter: part of the training marking, not of the procedure.
    setStyleSheet(QStringLiteral("#drillPanel { background: #fdf0e3; border: 1px solid #e8710a; "
                                 "border-radius: 3px; }"));
    m_title->setObjectName(QStringLiteral("drillPanelTitle"));
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_status->setObjectName(QStringLiteral("drillStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_fix->setObjectName(QStringLiteral("fixDrillButton"));
    m_reset->setObjectName(QStringLiteral("drillPanelResetButton"));
    connect(m_fix, &QPushButton::clicked, m_controller, &DrillController::fix);
    connect(m_reset, &QPushButton::clicked, this, &DrillPanel::resetRequested);
    connect(m_controller, &DrillController::stateChanged, this, &DrillPanel::retranslateUi);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_fix);
    layout->addWidget(m_reset);
    retranslateUi();
}

void DrillPanel::setResetEnabled(bool enabled)
{
    m_reset->setEnabled(enabled);
}

void DrillPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void DrillPanel::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

void DrillPanel::fitHeight()
{
    if (!layout() || width() <= 0)
        return;
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    // While QSplitter::insertWidget shows the panel it is not yet one of the splitter's widgets (index -1).
    if (auto* splitter = qobject_cast<QSplitter*>(parentWidget()); splitter && splitter->indexOf(this) >= 0) {
        // The height comes from (or goes back to) the panes below, the lowest first (the log scrolls);
        // left to itself the splitter would squeeze the TRAINING banner above.
        QList<int> sizes = splitter->sizes();
        const int index = splitter->indexOf(this);
        int delta = height - sizes.value(index);
        for (int below = int(sizes.size()) - 1; below > index && delta != 0; --below) {
            const int spare = sizes.at(below) - splitter->widget(below)->minimumSizeHint().height();
            const int moved = delta > 0 ? std::min(delta, std::max(0, spare)) : delta;
            sizes[below] -= moved;
            sizes[index] += moved;
            delta -= moved;
        }
        splitter->setSizes(sizes);
    }
    if (height != minimumHeight())
        setMinimumHeight(height);
}

void DrillPanel::retranslateUi()
{
    using State = DrillController::State;
    const std::optional<Drill>& drill = m_controller->drill();
    const State state = m_controller->state();
    m_title->setText(drill ? tr("Drill: %1").arg(drill->title()) : tr("No drill"));
    QString status;
    switch (state) {
    case State::NoDrill:
        status = tr("The procedure runs without faults. Drills are chosen on the Welcome page.");
        break;
    case State::Armed:
        status = tr("Waiting: it strikes when the page \"%1\" opens.").arg(m_controller->pageTitle());
        break;
    case State::Striking:
        status = tr("Switching the fault on in the lab…");
        break;
    case State::Active:
        status = tr("It has struck. %1").arg(drill ? drill->recovery() : QString());
        break;
    case State::Fixing:
        status = tr("Fixing it in the lab…");
        break;
    case State::Fixed:
        status = tr("Fixed in the lab. Retry in the wizard: it succeeds now.");
        break;
    case State::LabFailed:
        status = tr("The lab did not do it: %1").arg(m_controller->lastError());
        break;
    }
    m_status->setText(status);
    const bool fixable = drill && drill->hasLabFix() && (state == State::Active || state == State::LabFailed);
    m_fix->setText(tr("Fix it in the lab"));
    m_fix->setToolTip(drill ? drill->fixAction() : QString());
    m_fix->setVisible(fixable);
    m_reset->setText(tr("Reset lab…"));
    m_reset->setToolTip(tr("Returns the lab to the scenario's start and the wizard to its first page."));
    fitHeight();
}

} // namespace pchat
