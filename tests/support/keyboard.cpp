#include "keyboard.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

namespace pchat::test {

void Keyboard::typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(widget, ch.toLatin1());
        } else {
            // QTest only maps ASCII to keys; a keyboard layout delivers other letters as key events with
            // text.
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QApplication::sendEvent(widget, &press);
            QApplication::sendEvent(widget, &release);
        }
    }
}

void Keyboard::retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

void Keyboard::typeInto(QLineEdit* edit, const QString& text)
{
    // Bring the field's tab to the front, as the operator clicks it (a tab's page sits in the tab widget's
    // stack).
    for (QWidget* w = edit; w && w->parentWidget(); w = w->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(w->parentWidget()->parentWidget())) {
            const int index = tabs->indexOf(w);
            if (index >= 0)
                tabs->setCurrentIndex(index);
        }
    }
    if (text.contains(u'\n') || text.size() > 60) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QApplication::clipboard()->setText(text);
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        return;
    }
    retype(edit, text);
}

void Keyboard::typeIntoCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->setFocus();
    // Editors closed earlier (focus moving away closes them) are only deleted later; they must not be
    // mistaken for the open one.
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (table->currentRow() != row || table->currentColumn() != column ||
        !table->viewport()->findChild<QLineEdit*>()) {
        table->setCurrentCell(row, column);
        QTest::keyClick(table, Qt::Key_F2);
    }
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    ASSERT_NE(editor, nullptr) << "no cell editor opened";
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's text through a queued call.
    QApplication::processEvents();
    ASSERT_EQ(table->item(row, column)->text(), text);
}

} // namespace pchat::test
