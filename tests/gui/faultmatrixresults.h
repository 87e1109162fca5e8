// The fault matrix's cells as the rows record them, and the matrix printed at the end of every process.
#pragma once

#include <QString>

class FaultMatrixResults
{
public:
    // outcome: "failed:B", "ok", "BUG:B" ...; several phases at one step are joined ("failed:B+D").
    static void recordCell(const QString& row, int step, const QString& outcome);
    // Writes the row's cells to its file, from which any process of the suite prints the whole matrix.
    static void writeRow(const QString& row);
};
