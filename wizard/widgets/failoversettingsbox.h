// The failover's plan fields as one form: the new primary's server and the mirror for
// Install-CsMirrorDatabase, the file share, and (on the Environment page) the backup data center's active
// servers. The Environment page and the failover's step 6 show it, bound to the same plan fields.
#pragma once

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace pchat {

class FieldBinder;
struct Plan;

class FailoverSettingsBox : public QWidget
{
    Q_OBJECT

public:
    FailoverSettingsBox(Plan& plan, FieldBinder& binder, bool withActiveServers, QWidget* parent = nullptr);

    // The active server list as the one-line field holds it: separated by commas, semicolons or spaces, as an
    // administrator pastes it.
    static QStringList splitServers(const QString& text);
    // The plan field paths the box edits.
    QStringList fieldPrefixes() const;
    void retranslateUi();
    // Shows what is derived from other fields (the instance name) and the active server list.
    void planChanged();

Q_SIGNALS:
    // The active server list was edited (the binder reports its own fields).
    void activeServersEdited();

private:
    Plan& m_plan;
    QFormLayout* m_form;
    QLabel* m_intro;
    QLineEdit* m_backupServer;
    QLabel* m_instanceName;
    QLineEdit* m_mirrorServer;
    QLineEdit* m_mirrorInstance;
    QLineEdit* m_fileShare;
    QCheckBox* m_dropExisting;
    QLineEdit* m_activeServers = nullptr;
};

} // namespace pchat
