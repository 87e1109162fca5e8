// Types into the wizard's fields as an operator's keyboard does, so that the widgets' own key handling runs.
#pragma once

#include <QString>

class QLineEdit;
class QTableWidget;
class QWidget;

namespace pchat::test {

class Keyboard
{
public:
    // Key events for each character of the text, sent to the widget with focus semantics left to the caller.
    static void typeText(QWidget* widget, const QString& text);
    // Selects all of a line edit's text, deletes it and types the new text.
    static void retype(QLineEdit* edit, const QString& text);
    // As retype, after bringing the field's tab to the front; a value with a line break or a very long one is
    // pasted, as an operator would bring it from another window.
    static void typeInto(QLineEdit* edit, const QString& text);
    // Edits a cell: F2 (unless an editor is open already), type over the text, Return; fails the test when
    // the cell does not hold the text afterwards.
    static void typeIntoCell(QTableWidget* table, int row, int column, const QString& text);
};

} // namespace pchat::test
