// Drives the wizard in tests the way an operator does: find widgets by objectName, type, click, go Next.
#pragma once

#include "failbackwizard.h"
#include "plan/plan.h"

#include <memory>
#include <ostream>
#include <QAbstractButton>
#include <QString>

namespace pchat::test {

class WizardDriver
{
public:
    // A shown wizard holding the example plan (resources/plans/example-plan.json) with a fixed schedule date.
    WizardDriver();

    FailbackWizard& wizard() { return *m_wizard; }
    static Plan examplePlan();

    template <typename T> T* find(const QString& objectName) const
    {
        // Only the visible page's widgets, so that a name used on two pages finds the one the operator sees.
        QWidget* page = m_wizard->currentPage();
        T* widget = page ? page->findChild<T*>(objectName) : nullptr;
        return widget ? widget : m_wizard->findChild<T*>(objectName);
    }

    QAbstractButton* nextButton() const { return m_wizard->button(QWizard::NextButton); }
    QString currentPageName() const;
    // Ticks every assumption on the Welcome page.
    void confirmAssumptions();
    // Clicks Next; fails the test when Next is disabled or the page does not change.
    void next();
    // Selects all of a line edit's text and types the new text, as a keyboard would.
    void retype(const QString& objectName, const QString& text);

private:
    std::unique_ptr<FailbackWizard> m_wizard;
};

} // namespace pchat::test

// Lets GoogleTest print QString values readably in failure messages.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}
