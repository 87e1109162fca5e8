// Shows the trainee's explanation of the current wizard page, narrow enough for the wizard's side panel.
#pragma once

#include <QTimer>
#include <QWidget>

class QTextBrowser;

namespace pchat {

class Procedure;

class ExplanationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationPanel(QWidget* parent = nullptr);

    // Shows the note for a page of the procedure's wizard (the failback's when none), from the top.
    void setPage(int pageId, const Procedure* procedure = nullptr);
    // The wizard is switching to pageId: the panel stays blank until setPage (after the switch is painted)
    // or a show renders that page's note, so that the switch's paint neither shows the old page's note beside
    // the new page nor spends time on it.
    void switchTo(int pageId, const Procedure* procedure = nullptr);
    int page() const { return m_pageId; }
    // False between a change (page, language, palette) and the rendering that shows it.
    bool isCurrent() const { return !m_stale; }

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
    bool m_stale = true;
    QTimer m_renderSoon;
};

} // namespace pchat
