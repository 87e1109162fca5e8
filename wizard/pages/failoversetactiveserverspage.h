// The failover's step 7: the Persistent Chat servers of the backup data center, which replace the active
// servers, under the procedure's warning that they must be in the data center of the new primary database.
#pragma once

#include "setactiveserverspage.h"

namespace pchat {

class FailoverSetActiveServersPage : public SetActiveServersPage
{
    Q_OBJECT

public:
    explicit FailoverSetActiveServersPage(Plan& plan, QWidget* parent = nullptr);

protected:
    QStringList fieldPrefixes() const override;
    QList<QStringList> serverRows() const override;
    void setServerRows(const QList<QStringList>& rows) override;
    QStringList newServerRow() const override;
    QString serverCommand() const override;
    // None: a server of the primary data center is a plan issue that blocks Run, not a warning to confirm.
    QStringList serversToAcknowledge() const override;
    QStringList columnTitles() const override;
    QString introText() const override;
    QString dataCenterText() const override;
};

} // namespace pchat
