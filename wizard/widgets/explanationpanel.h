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
    // The page it explains is being left: the note goes blank until setPage renders the next one, so that
    // the new page is not painted beside the old page's note (and the paint of the switch stays short).
    void clearForPageSwitch();
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
