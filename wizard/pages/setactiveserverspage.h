// Step 6: the list of active Persistent Chat servers to add, with a warning for every server outside the
// primary data center that the operator must acknowledge.
#pragma once

#include "steppage.h"

#include <QSet>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace pchat {

class CommandPreview;

class SetActiveServersPage : public StepPage
{
    Q_OBJECT

public:
    explicit SetActiveServersPage(Plan& plan, QWidget* parent = nullptr);

protected:
    QStringList fieldPrefixes() const override;
    bool pageConditionsMet() const override;
    void retranslateUi() override;
    void planChanged() override;

private:
    void tableEdited();
    void addServer();
    void removeServer();
    void rebuildWarnings();
    void updateRunBlock();
    QStringList serversOutsidePrimaryDataCenter() const;

    QLabel* m_intro;
    QLabel* m_dataCenter;
    QTableWidget* m_servers;
    QPushButton* m_add;
    QPushButton* m_remove;
    QGroupBox* m_warningsBox;
    QVBoxLayout* m_warningsLayout;
    QLabel* m_commandLabel;
    CommandPreview* m_command;
    // Lower-case FQDNs whose data-center warning the operator acknowledged.
    QSet<QString> m_acknowledged;
    bool m_filling = false;
};

} // namespace pchat
