// Bad input typed into every field of the wizard: a message at the field, or the value kept exactly.
#include "badinputcases.h"
#include "eventually.h"
#include "matrixwalk.h"
#include "wizard/widgets/failoversettingsbox.h"

using namespace badinput;

// ---- every field of the wizard ---------------------------------------------------------------------------

namespace {

struct FieldOutcome
{
    int messages = 0;
    int accepted = 0;
};

class WizardSweep
{
public:
    explicit WizardSweep(WizardDriver& driver)
        : m_driver(driver)
    {
    }

    // Types every value into every editable text field and spin box of the current page.
    void sweepPage()
    {
        QWizardPage* page = m_driver.wizard().currentPage();
        auto* stepPage = qobject_cast<StepPage*>(page);
        if (stepPage)
            PCHAT_TRY_VERIFY(!stepPage->isBusy(), 30000);
        QList<QLineEdit*> edits;
        for (QLineEdit* edit : page->findChildren<QLineEdit*>()) {
            QString name = edit->objectName();
            if (auto* combo = qobject_cast<QComboBox*>(edit->parentWidget()); combo && combo->isEditable())
                name = combo->objectName();
            if (name.isEmpty() || name.startsWith(QLatin1String("qt_")))
                continue; // the line edit inside a spin box or a time edit: the spin box is swept itself
            if (edit->isReadOnly() || !edit->isEnabled()) {
                m_skipped.insert(name, edit->isReadOnly() ? QStringLiteral("read-only display")
                                                          : QStringLiteral("disabled"));
                continue;
            }
            edits << edit;
        }
        for (QLineEdit* edit : std::as_const(edits))
            sweepLineEdit(page, edit);
        for (QSpinBox* spin : page->findChildren<QSpinBox*>()) {
            if (!spin->objectName().isEmpty() && spin->isEnabled())
                sweepSpinBox(page, spin);
        }
    }

    // The active server table: each cell edited in place as the operator does (double-click, type, Enter).
    void sweepTable(const QString& tableName, const QStringList& columnFields)
    {
        QWizardPage* page = m_driver.wizard().currentPage();
        auto* table = page->findChild<QTableWidget*>(tableName);
        ASSERT_NE(table, nullptr) << tableName.toStdString();
        ASSERT_GE(table->rowCount(), 1);
        auto* summary = page->findChild<QLabel*>(QStringLiteral("issueSummary"));
        QPushButton* run = runButton(page);
        for (int column = 0; column < columnFields.size(); ++column) {
            const QString original = table->item(0, column)->text();
            FieldOutcome& outcome =
                m_outcomes[page->objectName() + u'/' + tableName + u'.' + columnFields.at(column)];
            QStringList values = hostileValues();
            for (const QString& value : hostileValues()) {
                if (columnFields.at(column) == u"fqdn")
                    values << embedded(QStringLiteral(".fqdn"), value);
            }
            for (const QString& value : values) {
                const std::string where = tableName.toStdString() + "." +
                                          columnFields.at(column).toStdString() + " = " + shown(value);
                editCell(table, column, value);
                const QString path = QStringLiteral("lync.activeServers[0].") + columnFields.at(column);
                const ValidationIssues issues = PlanValidator::validate(m_driver.wizard().plan(), {path});
                if (!issues.isEmpty()) {
                    ++outcome.messages;
                    EXPECT_TRUE(summary && summary->isVisibleTo(page) && !summary->text().isEmpty())
                        << where << ": refused without a message on the page";
                    EXPECT_FALSE(forwardOpen()) << where;
                    if (run) {
                        EXPECT_FALSE(run->isEnabled()) << where;
                    }
                } else {
                    ++outcome.accepted;
                    // The table keeps what was typed; the plan takes it without surrounding blanks.
                    QString expected = table->item(0, column)->text();
                    EXPECT_EQ(valueAt(PlanJson::toJson(m_driver.wizard().plan()), path).toString(),
                              expected.trimmed())
                        << where;
                }
            }
            editCell(table, column, original);
        }
        EXPECT_TRUE(PlanValidator::validate(m_driver.wizard().plan(), {QStringLiteral("lync.activeServers")})
                        .isEmpty());
    }

    void print() const
    {
        QString out =
            QStringLiteral("\nBad input, wizard fields (value typed -> validation message / kept):\n");
        for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
            out += QStringLiteral("  %1 %2 messages, %3 kept\n")
                       .arg(it.key().leftJustified(36), QString::number(it->messages).rightJustified(3),
                            QString::number(it->accepted).rightJustified(3));
        out += QStringLiteral("Skipped:\n");
        for (auto it = m_skipped.cbegin(); it != m_skipped.cend(); ++it)
            out += QStringLiteral("  %1 %2\n").arg(it.key().leftJustified(36), it.value());
        std::cout << out.toStdString() << std::flush;
    }

    int fieldCount() const { return int(m_outcomes.size()); }

private:
    bool forwardOpen() const
    {
        const QWizard& w = m_driver.wizard();
        return (w.button(QWizard::NextButton)->isVisible() && w.button(QWizard::NextButton)->isEnabled()) ||
               (w.button(QWizard::CommitButton)->isVisible() && w.button(QWizard::CommitButton)->isEnabled());
    }

    QPushButton* runButton(QWizardPage* page) const
    {
        return qobject_cast<StepPage*>(page) ? page->findChild<QPushButton*>(QStringLiteral("runButton"))
                                             : nullptr;
    }

    void sweepLineEdit(QWizardPage* page, QLineEdit* edit)
    {
        auto* combo = qobject_cast<QComboBox*>(edit->parentWidget());
        QWidget* field = combo ? static_cast<QWidget*>(combo) : edit;
        const QString name = field->objectName();
        const QString planField = field->property("planField").toString();
        const QString original = edit->text();
        const bool forwardBefore = forwardOpen();
        QPushButton* run = runButton(page);
        const bool runBefore = run && run->isEnabled();
        QStringList values = hostileValues();
        for (const QString& value : hostileValues()) {
            const QString inPath = embedded(planField, value);
            if (!inPath.isEmpty())
                values << inPath;
        }
        FieldOutcome& outcome = m_outcomes[page->objectName() + u'/' + name];
        for (const QString& value : values) {
            const std::string where = name.toStdString() + " = " + shown(value);
            Keyboard::typeInto(edit, value);
            const QString got = edit->text();
            // A line edit holds one line: a pasted line break does not survive into the field.
            if (got != value) {
                EXPECT_TRUE(value.contains(u'\n')) << where << ": the field shows " << shown(got);
            }
            auto* message = page->findChild<QLabel*>(name + QStringLiteral("Message"));
            if (field->property("invalid").toBool()) {
                ++outcome.messages;
                ASSERT_NE(message, nullptr) << where;
                EXPECT_TRUE(message->isVisibleTo(page) && !message->text().isEmpty())
                    << where << ": marked invalid without a message";
                EXPECT_FALSE(forwardOpen()) << where << ": Next is open with an invalid value";
                if (run) {
                    EXPECT_FALSE(run->isEnabled()) << where << ": Run is open with an invalid value";
                }
            } else {
                ++outcome.accepted;
                expectKept(page, name, planField, got, where);
            }
        }
        Keyboard::typeInto(edit, original);
        EXPECT_FALSE(field->property("invalid").toBool())
            << name.toStdString() << " after the original value";
        EXPECT_EQ(forwardOpen(), forwardBefore) << name.toStdString() << " after the original value";
        if (run) {
            EXPECT_EQ(run->isEnabled(), runBefore) << name.toStdString() << " after the original value";
        }
    }

    // An accepted value is in the plan exactly as the field shows it (or, for the fields outside the plan,
    // does what the page says it does).
    void expectKept(QWizardPage* page, const QString& name, const QString& planField, const QString& got,
                    const std::string& where)
    {
        const Plan& plan = m_driver.wizard().plan();
        if (planField.endsWith(QLatin1String(".password"))) {
            const InstanceSettings& instance =
                planField.startsWith(QLatin1String("backup")) ? plan.backupInstance : plan.primaryInstance;
            EXPECT_EQ(instance.password, got) << where;
        } else if (planField == u"lync.shellProgram") {
            // A setting of this computer, not written to a plan file.
            EXPECT_EQ(plan.lync.shellProgram, got) << where;
        } else if (!planField.isEmpty()) {
            EXPECT_EQ(valueAt(PlanJson::toJson(plan), planField).toString(), got) << where;
        } else if (name == u"failoverActiveServers") {
            // A list in one line: the plan holds its items, each only as data for the step 7 page's checks.
            EXPECT_EQ(plan.failover.activeServers, FailoverSettingsBox::splitServers(got)) << where;
        } else if (name == u"shellArguments") {
            EXPECT_EQ(plan.lync.shellArguments, QProcess::splitCommand(got)) << where;
        } else if (name.startsWith(QLatin1String("confirm"))) {
            // The typed confirmation: anything but the target keeps Run closed and says why.
            QPushButton* run = runButton(page);
            ASSERT_NE(run, nullptr) << where;
            auto* reason = page->findChild<QLabel*>(QStringLiteral("runReason"));
            EXPECT_FALSE(run->isEnabled()) << where << ": Run opens for a confirmation that does not match";
            EXPECT_TRUE(reason && reason->isVisibleTo(page) && !reason->text().isEmpty()) << where;
        } else {
            ADD_FAILURE() << where << ": a field that is in no plan field and not known to this test";
        }
    }

    void sweepSpinBox(QWizardPage* page, QSpinBox* spin)
    {
        const QString planField = spin->property("planField").toString();
        const int original = spin->value();
        FieldOutcome& outcome = m_outcomes[page->objectName() + u'/' + spin->objectName()];
        for (const QString& value : hostileValues()) {
            const std::string where = spin->objectName().toStdString() + " = " + shown(value);
            QLineEdit* edit = spin->findChild<QLineEdit*>();
            ASSERT_NE(edit, nullptr);
            Keyboard::typeInto(edit, value);
            // The spin box accepts digits only: whatever was typed, it holds a number in its range, and the
            // plan holds that number.
            EXPECT_GE(spin->value(), spin->minimum()) << where;
            EXPECT_LE(spin->value(), spin->maximum()) << where;
            if (!planField.isEmpty()) {
                EXPECT_EQ(valueAt(PlanJson::toJson(m_driver.wizard().plan()), planField).toInt(),
                          spin->value())
                    << where;
            }
            ++(spin->property("invalid").toBool() ? outcome.messages : outcome.accepted);
        }
        spin->setValue(original);
        QTest::keyClick(spin, Qt::Key_Tab);
    }

    static void editCell(QTableWidget* table, int column, const QString& value)
    {
        // As the operator does: select the cell, F2, type, Enter.
        table->window()->activateWindow();
        table->setFocus();
        table->setCurrentCell(0, column);
        QTest::keyClick(table, Qt::Key_F2);
        QLineEdit* editor = nullptr;
        for (QLineEdit* candidate : table->viewport()->findChildren<QLineEdit*>()) {
            if (candidate->isVisible())
                editor = candidate;
        }
        ASSERT_NE(editor, nullptr) << "no cell editor opened";
        Keyboard::typeInto(editor, value);
        // The delegate deletes its editor once the value is committed: only a guarded pointer may be read
        // while the events run.
        const QPointer<QLineEdit> open(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        PCHAT_TRY_VERIFY(
            !open || !open->isVisible() || table->viewport()->findChildren<QLineEdit*>().isEmpty(), 2000);
    }

    WizardDriver& m_driver;
    QMap<QString, FieldOutcome> m_outcomes;
    QMap<QString, QString> m_skipped;
};

} // namespace

TEST(BadInputWizard, EveryFieldShowsAMessageOrKeepsTheValueExactly)
{
    resetLab();
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.next();
    WizardSweep sweep(driver);
    // The pages with fields, in the order the operator meets them; the steps before each run on the way.
    for (const QString& page : {QStringLiteral("environmentPage"), QStringLiteral("backupPage"),
                                QStringLiteral("restorePage"), QStringLiteral("logShippingPage"),
                                QStringLiteral("setActiveServersPage"), QStringLiteral("poolNormalPage")}) {
        driver.walkTo(page);
        ASSERT_FALSE(testing::Test::HasFatalFailure()) << page.toStdString();
        sweep.sweepPage();
        if (page == u"setActiveServersPage")
            sweep.sweepTable(QStringLiteral("activeServersTable"),
                             {QStringLiteral("fqdn"), QStringLiteral("dataCenter")});
        ASSERT_FALSE(testing::Test::HasFatalFailure()) << page.toStdString();
    }
    sweep.print();
    EXPECT_GE(sweep.fieldCount(), 30) << "the sweep found fewer fields than the pages have";
}

TEST(BadInputWizard, TheFailoverPagesShowAMessageOrKeepTheValueExactly)
{
    // The failover's pages with fields of their own, on the lab after the disaster (the Environment page's
    // Failover tab is swept above); the steps before each run on the way.
    MatrixWalk walk(QStringLiteral("bad-input-failover"), MatrixProcedure::Failover);
    WizardSweep sweep(walk.driver());
    for (int step : {2, 4, 5, 7}) {
        walk.walkToStep(step);
        ASSERT_FALSE(testing::Test::HasFatalFailure()) << step;
        sweep.sweepPage();
        ASSERT_FALSE(testing::Test::HasFatalFailure()) << step;
    }
    sweep.print();
    // The pool identity of step 5 and the two typed confirmations of step 4.
    EXPECT_GE(sweep.fieldCount(), 3) << "the sweep found fewer fields than the failover pages have";
}
