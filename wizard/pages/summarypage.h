// Last page: the steps with their outcome, and the export of the whole procedure as scripts.
#pragma once

#include "planpage.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pchat {

class SummaryPage : public PlanPage
{
    Q_OBJECT

public:
    explicit SummaryPage(Plan& plan, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void planChanged() override;

private:
    void browse();
    void exportScripts();

    QLabel* m_intro;
    QTableWidget* m_steps;
    QGroupBox* m_exportBox;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QPushButton* m_export;
    QLabel* m_result;
};

} // namespace pchat
