// The side list of all pages of the failback that shows where the operator is.
#pragma once

#include <QFrame>
#include <QList>

class QLabel;

namespace pchat {

class StepList : public QFrame
{
    Q_OBJECT

public:
    explicit StepList(QWidget* parent = nullptr);

    // Page ids in wizard order; texts come with setTexts.
    void setPages(const QList<int>& pageIds);
    void setTexts(const QStringList& texts);
    void setCurrentPage(int pageId);
    int currentPage() const { return m_current; }
    // The text shown for a page (for logs and tests).
    QString text(int pageId) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void render();

    // Word-wrapped labels rather than a list view: list views mis-measure wrapped rows and let them overlap.
    QList<QLabel*> m_labels;
    QList<int> m_pageIds;
    QStringList m_texts;
    int m_current = -1;
};

} // namespace pchat
