// How the wizard window paints: a Next is shown on the event-loop pass after the click (not inside it), its
// explanation follows that paint, and one paint of the window paints each widget once.
#include "eventually.h"
#include "wizard/failbackwizard.h"
#include "wizard/widgets/explanationpanel.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using pchat::ExplanationPanel;
using pchat::FailbackWizard;
using pchat::test::WizardDriver;

namespace {

// Counts the paint events each widget receives between the start of the window's UpdateRequest and its
// windowPainted signal, and keeps the highest count seen for any widget in any one window paint.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(FailbackWizard& wizard)
        : m_wizard(wizard)
    {
        qApp->installEventFilter(this);
        connect(&wizard, &FailbackWizard::windowPainted, this, [this] {
            for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
                if (it.value() > m_most) {
                    m_most = it.value();
                    m_mostPainted = it.key();
                }
            }
            m_counts.clear();
            m_inPaint = false;
            ++m_windowPaints;
        });
    }

    ~PaintCounter() override { qApp->removeEventFilter(this); }

    int most() const { return m_most; }
    QString mostPainted() const { return m_mostPainted; }
    int windowPaints() const { return m_windowPaints; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::UpdateRequest && watched == &m_wizard) {
            m_counts.clear();
            m_inPaint = true;
        } else if (event->type() == QEvent::Paint && m_inPaint) {
            QString name = QString::number(quintptr(watched), 16);
            for (QObject* object = watched; object; object = object->parent())
                name += u' ' + QString::fromLatin1(object->metaObject()->className()) + u'#' +
                        object->objectName();
            ++m_counts[name];
        }
        return false;
    }

private:
    FailbackWizard& m_wizard;
    QHash<QString, int> m_counts;
    bool m_inPaint = false;
    int m_most = 0;
    QString m_mostPainted;
    int m_windowPaints = 0;
};

// Records every widget painted while it lives.
class PaintRecorder : public QObject
{
public:
    PaintRecorder() { qApp->installEventFilter(this); }
    ~PaintRecorder() override { qApp->removeEventFilter(this); }

    // Whether widget or anything inside it was painted.
    bool painted(const QWidget* widget) const
    {
        for (const QWidget* one : m_painted) {
            if (one == widget || widget->isAncestorOf(one))
                return true;
        }
        return false;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType())
            m_painted.insert(static_cast<QWidget*>(watched));
        return false;
    }

private:
    QSet<const QWidget*> m_painted;
};

ExplanationPanel* explanationOf(FailbackWizard& wizard)
{
    return wizard.findChild<ExplanationPanel*>(QStringLiteral("explanationPanel"));
}

} // namespace

TEST(WindowPaint, ANextIsPaintedOnThePassAfterTheClickAndTheExplanationFollows)
{
    WizardDriver driver;
    driver.wizard().setTrainingMode(true);
    driver.confirmAssumptions();
    ExplanationPanel* explanation = explanationOf(driver.wizard());
    ASSERT_NE(explanation, nullptr);
    PCHAT_TRY_VERIFY(explanation->isCurrent() && explanation->page() == FailbackWizard::WelcomePageId, 2000);
    // Without an audit root no run starts: Next leaves the Welcome page inside the click.
    QSignalSpy painted(&driver.wizard(), &FailbackWizard::windowPainted);
    QTest::mouseClick(driver.nextButton(), Qt::LeftButton);
    ASSERT_EQ(driver.currentPageName(), QStringLiteral("environmentPage"));
    // The button repaints itself as it is pressed and released, before the switch; the new page is not
    // painted inside the click (its first paint would have asked for its explanation).
    const int paintsInClick = int(painted.count());
    EXPECT_EQ(explanation->page(), FailbackWizard::EnvironmentPageId);
    // The Welcome page's note is not painted beside the Environment page: the panel is blank until then.
    auto* text = explanation->findChild<QTextBrowser*>(QStringLiteral("explanationText"));
    ASSERT_NE(text, nullptr);
    EXPECT_FALSE(explanation->isCurrent());
    EXPECT_TRUE(text->document()->isEmpty());
    PCHAT_TRY_VERIFY(painted.count() > paintsInClick, 2000);
    // The explanation is asked for by that paint and rendered on a later pass.
    EXPECT_EQ(explanation->page(), FailbackWizard::EnvironmentPageId);
    PCHAT_TRY_VERIFY(explanation->isCurrent(), 2000);
    EXPECT_TRUE(text->toPlainText().contains(QLatin1String("log-shipping share")));
}

TEST(WindowPaint, OnePaintOfTheWindowPaintsEachWidgetOnce)
{
    WizardDriver driver;
    driver.wizard().setTrainingMode(true);
    QTest::qWait(50);
    PaintCounter counter(driver.wizard());
    // The boxes repaint themselves; the page switch repaints the whole window (QWizard).
    for (int i = 1;; ++i) {
        auto* box = driver.find<QCheckBox>(QStringLiteral("assumption%1").arg(i));
        if (!box)
            break;
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
        QTest::qWait(20);
    }
    driver.next();
    QTest::qWait(50);
    EXPECT_GT(counter.windowPaints(), 3);
    EXPECT_EQ(counter.most(), 1) << counter.mostPainted().toStdString();
}

// QWizard repaints the whole window when a page's completeness changes; the wizard sets the buttons itself,
// so that ticking the last box repaints the box and Next, not the step list or Cancel.
TEST(WindowPaint, AChangeOfCompletenessRepaintsOnlyWhatChanged)
{
    WizardDriver driver;
    QWidget* stepList = driver.find<QWidget>(QStringLiteral("stepList"));
    QWidget* cancel = driver.wizard().button(QWizard::CancelButton);
    ASSERT_NE(stepList, nullptr);
    QList<QCheckBox*> boxes;
    for (int i = 1;; ++i) {
        auto* box = driver.find<QCheckBox>(QStringLiteral("assumption%1").arg(i));
        if (!box)
            break;
        boxes << box;
    }
    ASSERT_GT(boxes.size(), 1);
    for (int i = 0; i < boxes.size() - 1; ++i)
        QTest::mouseClick(boxes.at(i), Qt::LeftButton, {}, QPoint(5, boxes.at(i)->height() / 2));
    QTest::qWait(50);
    ASSERT_FALSE(driver.nextButton()->isEnabled());
    ASSERT_TRUE(stepList->isVisible());
    ASSERT_TRUE(cancel->isVisible());

    auto* recorder = new PaintRecorder;
    QTest::mouseClick(boxes.last(), Qt::LeftButton, {}, QPoint(5, boxes.last()->height() / 2));
    QTest::qWait(50);
    EXPECT_TRUE(driver.nextButton()->isEnabled());
    EXPECT_TRUE(recorder->painted(driver.nextButton()));
    EXPECT_FALSE(recorder->painted(stepList));
    EXPECT_FALSE(recorder->painted(cancel));
    delete recorder;

    // And back: Next follows the page again.
    QTest::mouseClick(boxes.last(), Qt::LeftButton, {}, QPoint(5, boxes.last()->height() / 2));
    EXPECT_FALSE(driver.nextButton()->isEnabled());
}
