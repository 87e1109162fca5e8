// Step 6: the list of active Persistent Chat servers to add, with a warning for every server outside the
// primary data center that the operator must acknowledge. The failover's step 7 derives from it with its own
// list (the hooks below say where the rows come from and go to).
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
    SetActiveServersPage(StepId step, Plan& plan, int columnCount, QWidget* parent);

    QStringList fieldPrefixes() const override;
    bool pageConditionsMet() const override;
    void retranslateUi() override;
    void planChanged() override;

    // The table's rows as the plan holds them, and back; a new row's cells.
    virtual QList<QStringList> serverRows() const;
    virtual void setServerRows(const QList<QStringList>& rows);
    virtual QStringList newServerRow() const;
    // The command the step runs for the rows.
    virtual QString serverCommand() const;
    // FQDNs whose data-center warning the operator must acknowledge before Run.
    virtual QStringList serversToAcknowledge() const;
    virtual QStringList columnTitles() const;
    virtual QString introText() const;
    // The line above the table (rich text).
    virtual QString dataCenterText() const;

private:
    void tableEdited();
    void addServer();
    void removeServer();
    void rebuildWarnings();
    void updateRunBlock();

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
