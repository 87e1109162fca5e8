#include "wizardauditor.h"

#include "backend/audit/audittrail.h"
#include "backend/audit/journalkeys.h"
#include "backend/run/procedure.h"
#include "backend/run/stepinfo.h"
#include "translations/languageswitcher.h"
#include "wizard/failbackwizard.h"
#include "wizard/pages/preflightpage.h"
#include "wizard/pages/steppage.h"
#include "wizard/widgets/typedconfirmation.h"

#include <QBackingStore>
#include <QBuffer>
#include <QCheckBox>
#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QPixmap>

namespace pchat {

WizardAuditor::WizardAuditor(FailbackWizard* wizard, AuditTrail* trail, QObject* parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_trail(trail)
    , m_language(LanguageSwitcher::instance().current())
{
    m_afterPaint.setSingleShot(true);
    m_afterPaint.setInterval(0);
    connect(&m_afterPaint, &QTimer::timeout, this, [this] { takePendingShot(true); });
    m_unpainted.setSingleShot(true);
    m_unpainted.setInterval(500);
    connect(&m_unpainted, &QTimer::timeout, this, [this] { takePendingShot(); });
    // The copy waits for the pass after the window has painted what changed.
    connect(m_wizard, &FailbackWizard::windowPainted, this, [this] {
        if (m_pending && !m_pending->painted) {
            m_pending->painted = true;
            m_afterPaint.start();
        }
    });
    connect(
        &LanguageSwitcher::instance(), &LanguageSwitcher::languageChanged, this,
        [this](const QString& language) {
            if (language == m_language)
                return;
            m_trail->record(AuditKind::Language, {{AuditKey::From, m_language}, {AuditKey::To, language}});
            m_language = language;
        });
}

void WizardAuditor::attachPages()
{
    for (int id : m_wizard->pageIds()) {
        QWizardPage* page = m_wizard->page(id);
        // PreflightPage is a StepPage too: test for it first, or its checks never reach the journal.
        if (auto* preflight = qobject_cast<PreflightPage*>(page))
            m_trail->attachPreflight(&preflight->runner());
        if (auto* stepPage = qobject_cast<StepPage*>(page)) {
            stepPage->setRunGate([this](StepPage* gated, std::function<void()> proceed) {
                beforeRun(gated, std::move(proceed));
            });
            // The run's trail follows the step itself (FailbackRun); the auditor adds the end-state
            // screenshot.
            if (FailbackStep* step = stepPage->stepObject()) {
                const int number = int(step->id());
                connect(step, &FailbackStep::statusChanged, this, [this, number](StepStatus status) {
                    if (status != StepStatus::Done && status != StepStatus::AlreadyDone &&
                        status != StepStatus::Failed && status != StepStatus::Cancelled)
                        return;
                    // The run panel follows the same signal and was connected first: it shows the outcome
                    // at the next paint.
                    shootAfterPaint(AuditShot::EndState, number);
                });
            }
        }
    }
}

QString WizardAuditor::pageKey(int pageId) const
{
    if (const ProcedureStep* step = m_wizard->stepOfPage(pageId))
        return step->pageKey;
    if (pageId == FailbackWizard::WelcomePageId)
        return AuditPage::Welcome;
    if (pageId == FailbackWizard::EnvironmentPageId)
        return AuditPage::Environment;
    if (pageId == m_wizard->summaryPageId())
        return AuditPage::Summary;
    // Not a page of the wizard (no page shown yet): the key the numbering would give it.
    return m_wizard->procedure().pageKey(pageId - m_wizard->actionPageId(0) + 1);
}

int WizardAuditor::stepOfPage(int pageId) const
{
    const ProcedureStep* step = m_wizard->stepOfPage(pageId);
    return step ? step->number() : -1;
}

void WizardAuditor::recordPageEntered(int pageId)
{
    // The page before is hidden but not painted over yet: its shot is still in the backing store.
    takePendingShot();
    QWizardPage* page = m_wizard->page(pageId);
    if (!page)
        return;
    const int step = stepOfPage(pageId);
    m_trail->record(AuditKind::PageEntered,
                    {{AuditKey::Page, pageKey(pageId)}, {AuditKey::Title, page->title()}}, step);
    followConfirmations(page);
    shootAfterPaint(AuditShot::PageEntered, step);
}

void WizardAuditor::shootAfterPaint(const QString& reason, int step)
{
    takePendingShot();
    if (!m_trail->isActive() || m_trail->hasFailed())
        return;
    const int pageId = m_wizard->currentId();
    m_pending = PendingShot{reason, pageKey(pageId), pageId, step, false};
    m_unpainted.start();
}

void WizardAuditor::takePendingShot(bool paintChanges)
{
    if (!m_pending)
        return;
    const PendingShot shot = *m_pending;
    m_pending.reset();
    m_afterPaint.stop();
    m_unpainted.stop();
    QImage image;
    // On a page switch the shot of the page left is still in the backing store: painting first would paint
    // the new page into it.
    if (shot.painted)
        image = paintChanges ? captureWindow(m_wizard, &m_frames) : paintedWindow(m_wizard, &m_frames);
    else if (m_wizard->currentId() == shot.pageId)
        image = captureWindow(m_wizard, &m_frames);
    else if (QWizardPage* page = m_wizard->page(shot.pageId))
        // Left before it was ever painted (a program's walk, not an operator's): the page alone.
        image = page->grab().toImage();
    record(image, shot.reason, shot.page, shot.step);
}

void WizardAuditor::screenshot(const QString& reason, int step)
{
    takePendingShot();
    // Capturing must happen here (widgets live on the UI thread); converting, encoding, hashing and writing
    // happen on the trail's writer thread.
    record(captureWindow(m_wizard, &m_frames), reason, pageKey(m_wizard->currentId()), step);
}

void WizardAuditor::record(const QImage& image, const QString& reason, const QString& page, int step)
{
    if (!m_trail->isActive() || m_trail->hasFailed() || image.isNull())
        return;
    m_trail->recordFile(
        EvidenceFile{QStringLiteral("screens"), page + u'-' + reason, QStringLiteral("png")},
        [image] {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            // A window is opaque: without the alpha channel of the backing store the PNG is smaller.
            (image.hasAlphaChannel() ? image.convertToFormat(QImage::Format_RGB32) : image)
                .save(&buffer, "PNG");
            return bytes;
        },
        AuditKind::Screenshot, {{AuditKey::Reason, reason}, {AuditKey::Page, page}}, step);
}

QImage WizardAuditor::captureWindow(QWidget* window, FramePool* pool)
{
    // A page just switched to would otherwise be painted one pass later (FailbackWizard::event).
    if (auto* wizard = qobject_cast<FailbackWizard*>(window))
        wizard->paintSwitchWithNextUpdate();
    // Layouts of a page just shown settle on the next event loop pass; settle them now, as a screen would
    // show them, then paint what is dirty into the backing store.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // The repaint manager asks for its paint with an UpdateRequest to the window: delivering it now paints
    // just the dirty region (repaint() would paint the whole window).
    QCoreApplication::sendPostedEvents(window, QEvent::UpdateRequest);
    return paintedWindow(window, pool);
}

QImage WizardAuditor::paintedWindow(QWidget* window, FramePool* pool)
{
    QBackingStore* store = window->backingStore();
    QPaintDevice* device = store ? store->paintDevice() : nullptr;
    if (device && device->devType() == QInternal::Image) {
        const auto* painted = static_cast<const QImage*>(device);
        const QRect area(QPoint(0, 0), window->size() * painted->devicePixelRatio());
        if (painted->rect().contains(area)) {
            // A copy: the backing store is painted again as soon as the window changes.
            if (pool)
                return pool->copy(*painted, area);
            QImage image = painted->copy(area);
            image.setDevicePixelRatio(painted->devicePixelRatio());
            return image;
        }
    }
    return window->grab().toImage();
}

void WizardAuditor::prepareFrames()
{
    QBackingStore* store = m_wizard->backingStore();
    QPaintDevice* device = store ? store->paintDevice() : nullptr;
    if (device && device->devType() == QInternal::Image) {
        const auto* painted = static_cast<const QImage*>(device);
        m_frames.prepare(m_wizard->size() * painted->devicePixelRatio(), painted->format());
    } else {
        // Not painted yet: armed, the pool prepares images of the first screenshot's size.
        m_frames.prepare(QSize(), QImage::Format_Invalid);
    }
}

QString WizardAuditor::confirmationText(const QCheckBox* box)
{
    // Long confirmations stand in a wrapping label beside an empty box, named as its accessible name.
    return box->text().isEmpty() ? box->accessibleName() : box->text();
}

bool WizardAuditor::isConfirmationBox(const QCheckBox* box)
{
    const QString name = box->objectName();
    return name.startsWith(QLatin1String("assumption")) || name.startsWith(QLatin1String("acknowledge")) ||
           name.startsWith(QLatin1String("confirm"));
}

void WizardAuditor::followConfirmations(QWizardPage* page)
{
    const QList<QCheckBox*> boxes = page->findChildren<QCheckBox*>();
    for (QCheckBox* box : boxes) {
        if (!isConfirmationBox(box) || m_followed.contains(box))
            continue;
        m_followed.insert(box);
        connect(box, &QObject::destroyed, this, [this, box] { m_followed.remove(box); });
        const int step = stepOfPage(m_wizard->currentId());
        connect(box, &QCheckBox::toggled, this, [this, box, step](bool on) {
            const QString what = box->objectName().startsWith(QLatin1String("acknowledge"))
                                     ? AuditConfirmation::WarningAcknowledged
                                     : AuditConfirmation::Checklist;
            m_trail->record(
                AuditKind::Confirmation,
                {{AuditKey::What, what},
                 {AuditKey::Text, confirmationText(box)},
                 {AuditKey::Value, on ? AuditConfirmation::BoxTicked : AuditConfirmation::BoxCleared}},
                step);
        });
    }
}

void WizardAuditor::recordConfirmations(QWizardPage* page, const QString& what, int step)
{
    QJsonArray boxes;
    for (const QCheckBox* box : page->findChildren<QCheckBox*>()) {
        if (isConfirmationBox(box))
            boxes.append(
                QJsonObject{{AuditKey::Text, confirmationText(box)}, {AuditKey::Ticked, box->isChecked()}});
    }
    m_trail->record(AuditKind::Confirmation,
                    {{AuditKey::What, what},
                     {AuditKey::Text, page->title()},
                     {AuditKey::Value, AuditConfirmation::Confirmed},
                     {AuditKey::Boxes, boxes}},
                    step);
}

void WizardAuditor::beforeRun(StepPage* page, std::function<void()> proceed)
{
    const int step = int(page->step());
    followConfirmations(page);
    for (const TypedConfirmation* typed : page->findChildren<TypedConfirmation*>()) {
        m_trail->record(
            AuditKind::Confirmation,
            {{AuditKey::What, AuditConfirmation::Typed},
             {AuditKey::Text, typed->title()},
             {AuditKey::Value, typed->typedDatabase() + QStringLiteral(" @ ") + typed->typedInstance()}},
            step);
    }
    recordConfirmations(page, AuditConfirmation::Run, step);
    screenshot(AuditShot::BeforeRun, step);
    m_trail->whenWritten(page, std::move(proceed));
}

} // namespace pchat
