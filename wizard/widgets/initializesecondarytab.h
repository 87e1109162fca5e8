// SSMS's Initialize Secondary Database tab of log shipping: how the secondary gets its first full backup.
#pragma once

#include "backend/plan/plan.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace pchat {

class FieldBinder;

class InitializeSecondaryTab : public QWidget
{
    Q_OBJECT

public:
    InitializeSecondaryTab(Plan& plan, FieldBinder& binder, QWidget* parent = nullptr);

    void retranslateUi();
    // The plan's choice and the texts that name its values, in the current language.
    void showPlan();
    // The secondary instance's name for texts, or where to set it while it is empty.
    static QString secondaryName(const Plan& plan);

Q_SIGNALS:
    // The operator chose another way to initialize; the plan holds it already.
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // A radio button whose caption is a wrapping label beside it, since SSMS's captions are too long for one
    // line.
    QWidget* wrappedRadio(QRadioButton* radio, QLabel* caption);

    Plan& m_plan;
    QLabel* m_intro;
    QButtonGroup* m_initialization;
    QRadioButton* m_generate;
    QLabel* m_generateText;
    QRadioButton* m_restore;
    QLabel* m_restoreText;
    QRadioButton* m_none;
    QLabel* m_noneText;
    QFormLayout* m_form;
    QLineEdit* m_file;
    QLabel* m_hint;
    // Caption labels of wrapped radio buttons: a click on the caption selects its button.
    QHash<QObject*, QRadioButton*> m_radioCaptions;
    // Set while the radio buttons show the plan, whose toggles are not the operator's.
    bool m_loading = false;
};

} // namespace pchat
