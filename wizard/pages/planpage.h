// Base of every wizard page that edits the plan: binding, validation of the page's own fields, retranslation.
#pragma once

#include "backend/plan/plan.h"
#include "backend/plan/validationissue.h"

#include <optional>
#include <QWizardPage>

class QLabel;
class QScrollArea;

namespace pchat {

class FieldBinder;

class PlanPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PlanPage(Plan& plan, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Issues of this page's fields, as last validated.
    const ValidationIssues& issues() const { return m_issues; }

public Q_SLOTS:
    // Re-reads the plan into the widgets (after a plan was loaded) and validates again.
    void reload();

Q_SIGNALS:
    // The operator changed the plan on this page.
    void planEdited();
    // Something isComplete() or isBusy() reads may have changed: emitted on every refreshComplete(), whether
    // or not completeChanged() follows.
    void pageStateChanged();

protected:
    Plan& plan() { return m_plan; }
    const Plan& plan() const { return m_plan; }
    FieldBinder& binder() { return *m_binder; }
    // A frameless scroll area that sizes content to its width: a page taller than a small screen scrolls as
    // one area instead of squeezing its wrapped labels.
    static QScrollArea* scrollingArea(QWidget* content, const QString& objectName);

    // JSON path prefixes of the fields this page edits; their issues block Next.
    virtual QStringList fieldPrefixes() const { return {}; }
    // Further conditions for Next beyond valid fields (ticked checklists, acknowledged warnings).
    virtual bool pageConditionsMet() const { return true; }
    // Sets every text of the page; called at construction and on every language change.
    virtual void retranslateUi() = 0;
    // Called after the plan changed (on this or another page) so that derived displays follow.
    virtual void planChanged() {}
    // Called after every validation, for pages that show issues beyond their fields (tab markers, say).
    virtual void issuesChanged() {}

    // A label that lists the issues no field of the page shows (rows of tables, for example).
    QLabel* issueSummaryLabel();
    void revalidate();
    // Emits pageStateChanged(), and completeChanged() only when isComplete() differs from the value
    // the wizard last saw: the wizard's buttons and the resumed run's walk follow completeChanged(), and
    // once per keystroke it froze typing (QWizard then repainted the whole window each time).
    void refreshComplete();
    void changeEvent(QEvent* event) override;

private:
    Plan& m_plan;
    FieldBinder* m_binder;
    QLabel* m_issueSummary = nullptr;
    std::optional<bool> m_lastComplete;
    ValidationIssues m_issues;
};

} // namespace pchat
