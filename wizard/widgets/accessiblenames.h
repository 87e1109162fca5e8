// Gives each input the text of the label that stands for it as its accessible name, so that a screen reader
// says "Instance name, edit" and not just "edit".
#pragma once

class QWidget;

namespace pchat {

class AccessibleNames
{
public:
    // Names every input under root from its buddy label or its QFormLayout label; an input named by hand
    // (setAccessibleName) keeps its name. Called again after a language switch.
    static void fromLabels(QWidget* root);
};

} // namespace pchat
