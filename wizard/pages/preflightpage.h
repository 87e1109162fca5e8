// Preflight: every check that can be made before anything changes, each with its status and exact query.
#pragma once

#include "steppage.h"

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace pchat {

class PreflightPage : public StepPage
{
    Q_OBJECT

public:
    explicit PreflightPage(Plan& plan, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void planChanged() override;
    QString runUnavailableReason() const override;

private:
    void showSelectedCheck();

    QLabel* m_intro;
    QTableWidget* m_checks;
    QLabel* m_queryLabel;
    QPlainTextEdit* m_query;
};

} // namespace pchat
