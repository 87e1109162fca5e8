// The column beside the wizard's pages: the TRAINING banner, the training panels, the list of pages, and the
// tabs with the operator's log and the explanation of the page shown.
#pragma once

#include <QSplitter>

class QLabel;
class QTabWidget;

namespace pchat {

class ExplanationPanel;
class LogPane;
class Procedure;
class StepList;

class SidePanel : public QSplitter
{
    Q_OBJECT

public:
    explicit SidePanel(QWidget* parent = nullptr);

    StepList* stepList() const { return m_stepList; }
    // Training: the banner on every screen, and the explanation in front (trainees read what each step does
    // as they go; in production it stays one click away behind the log).
    void setTrainingMode(bool training);
    // A training panel (the drill's state and fix) under the banner.
    void addTrainingPanel(QWidget* panel);
    // The page explained in the explanation tab (the wizard asks once the new page is painted; the step
    // list marks the page at once).
    void showExplanation(int pageId, const Procedure* procedure);
    // The page shown is switching to pageId; showExplanation follows once the new page is painted.
    void switchExplanation(int pageId, const Procedure* procedure);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_trainingBanner;
    StepList* m_stepList;
    QTabWidget* m_tabs;
    LogPane* m_logPane;
    ExplanationPanel* m_explanation;
};

} // namespace pchat
