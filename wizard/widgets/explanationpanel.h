// Shows the trainee's explanation of the current wizard page, narrow enough for the wizard's side panel.
#pragma once

#include "backend/steps/stepid.h"

#include <QWidget>

class QTextBrowser;

namespace pchat {

class Procedure;

class ExplanationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationPanel(QWidget* parent = nullptr);

    // Shows the note for a FailbackWizard page, from the top: the failback's by page id; for another
    // procedure its own notes (step: the action the page shows, Preflight for the others).
    void setPage(int pageId, const Procedure* procedure = nullptr, StepId step = StepId::Preflight);
    int page() const { return m_pageId; }

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void renderWhenShown();
    void render();

    QTextBrowser* m_text;
    int m_pageId = -1;
    const Procedure* m_procedure = nullptr;
    StepId m_step = StepId::Preflight;
    bool m_stale = true;
};

} // namespace pchat
