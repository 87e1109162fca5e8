// Puts the operator's side of a run into the audit trail: pages entered, confirmations, screenshots of the
// whole window (encoded and written off the UI thread), and the gate before every Run.
#pragma once

#include "framepool.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QCheckBox;
class QImage;
class QWidget;
class QWizard;
class QWizardPage;

namespace pchat {

class AuditTrail;
class FailbackWizard;
class StepPage;

class WizardAuditor : public QObject
{
    Q_OBJECT

public:
    WizardAuditor(FailbackWizard* wizard, AuditTrail* trail, QObject* parent = nullptr);

    // Follows every page of the wizard: call once all pages are set.
    void attachPages();
    // The stable key of a page in the journal: welcome, environment, summary, or the page key of the
    // procedure's step (preflight, step1..step7 for the failback).
    QString pageKey(int pageId) const;

    // Records the page the operator sees now, with a screenshot once Qt has painted it.
    void recordPageEntered(int pageId);
    // A screenshot of the whole wizard window, grabbed now and written by the trail's thread.
    void screenshot(const QString& reason, int step);
    // Takes the screenshot that waits for the window's next paint now, from what is painted (before the
    // run's closing event, which nothing may follow). paintChanges: what changed since that paint is painted
    // first (the pass after it, when the explanation panel has rendered the page's note).
    void takePendingShot(bool paintChanges = false);
    // Every confirmation box of the page, ticked or not, as the operator leaves it or runs its step.
    void recordConfirmations(QWizardPage* page, const QString& what, int step);
    // The gate StepPage calls before a step starts (see StepPage::RunGate).
    void beforeRun(StepPage* page, std::function<void()> proceed);

    // The window's pixels as they are painted now, copied from its backing store after painting what is
    // still dirty (the paint the event loop would do next anyway; window: a top-level widget). QWidget::grab
    // renders the whole window a second time on the UI thread; it remains the fallback where the backing
    // store is not an image.
    static QImage captureWindow(QWidget* window, FramePool* pool = nullptr);
    // The window's pixels as last painted, without painting (nothing dirty is drawn); copied into an image
    // of the pool when one is given.
    static QImage paintedWindow(QWidget* window, FramePool* pool = nullptr);
    // A run is about to start: the images its screenshots are copied into are made ready off the UI thread.
    void prepareFrames();
    // The run is closed: no more screenshots, so the pooled images go.
    void releaseFrames() { m_frames.release(); }
    const FramePool& frames() const { return m_frames; }

    // The check boxes that record a confirmation rather than a plan option: found by their objectName.
    static bool isConfirmationBox(const QCheckBox* box);
    static QString confirmationText(const QCheckBox* box);

private:
    // A screenshot asked for while the window is about to change (a page shown, a step's outcome): it is
    // copied once the event loop has painted the change. Forcing that paint inside the page switch made one
    // pass of 50 to 100 ms; the switch, the paint and the copy are three shorter ones now.
    struct PendingShot
    {
        QString reason;
        QString page;
        int pageId = -1;
        int step = -1;
        bool painted = false;
    };

    void shootAfterPaint(const QString& reason, int step);
    void record(const QImage& image, const QString& reason, const QString& page, int step);
    void followConfirmations(QWizardPage* page);
    int stepOfPage(int pageId) const;

    FailbackWizard* m_wizard;
    AuditTrail* m_trail;
    QString m_language;
    QSet<QCheckBox*> m_followed;
    std::optional<PendingShot> m_pending;
    FramePool m_frames;
    // Fires on the pass after the paint; zero interval, so that the UI thread's timers run in between.
    QTimer m_afterPaint;
    // A window that is not painted (hidden, minimized) still gets its shot.
    QTimer m_unpainted;
};

} // namespace pchat
