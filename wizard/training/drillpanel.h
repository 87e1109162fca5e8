// The drill's panel beside every page in training mode: which drill runs, where it stands, how to recover,
// the "fix it in the lab" button and the lab reset, reachable from any page.
#pragma once

#include "drillcontroller.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace pchat {

class DrillPanel : public QFrame
{
    Q_OBJECT

public:
    explicit DrillPanel(DrillController* controller, QWidget* parent = nullptr);

    // The reset needs a running lab.
    void setResetEnabled(bool enabled);

Q_SIGNALS:
    // The trainer asked for the lab reset; the Welcome page asks for confirmation and does it.
    void resetRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    // A splitter keeps the height it gave at first; the recovery text must show whole once it appears.
    void fitHeight();

    DrillController* m_controller;
    QLabel* m_title;
    QLabel* m_status;
    QPushButton* m_fix;
    QPushButton* m_reset;
};

} // namespace pchat
