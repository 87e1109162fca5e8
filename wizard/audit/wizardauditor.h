// Puts the operator's side of a run into the audit trail: pages entered, confirmations, screenshots of the
// whole window (encoded and written off the UI thread), and the gate before every Run.
#pragma once

#include <functional>
#include <QObject>
#include <QPointer>
#include <QSet>

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

    // Records the page the operator sees now, with a screenshot.
    void recordPageEntered(int pageId);
    // A screenshot of the whole wizard window, grabbed now and written by the trail's thread.
    void screenshot(const QString& reason, int step);
    // Every confirmation box of the page, ticked or not, as the operator leaves it or runs its step.
    void recordConfirmations(QWizardPage* page, const QString& what, int step);
    // The gate StepPage calls before a step starts (see StepPage::RunGate).
    void beforeRun(StepPage* page, std::function<void()> proceed);

    // The window's pixels as they are painted now, copied from its backing store after painting what is
    // still dirty (the paint the event loop would do next anyway; window: a top-level widget). QWidget::grab
    // renders the whole window a second time on the UI thread; it remains the fallback where the backing
    // store is not an image.
    static QImage captureWindow(QWidget* window);

    // The check boxes that record a confirmation rather than a plan option: found by their objectName.
    static bool isConfirmationBox(const QCheckBox* box);
    static QString confirmationText(const QCheckBox* box);

private:
    void followConfirmations(QWizardPage* page);
    int stepOfPage(int pageId) const;

    FailbackWizard* m_wizard;
    AuditTrail* m_trail;
    QString m_language;
    QSet<QCheckBox*> m_followed;
};

} // namespace pchat
