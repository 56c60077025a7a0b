#pragma once
#include <QString>

class QWidget;

namespace jy {

// The user manual (docs/manual/index.html): installed beside the program
// (<prefix>/share/doc/jiayuan/manual, the same layout on Windows), else the source tree's copy
// when run from a build folder. Empty when neither is there.
QString manualPath();

// Opens the manual in the system's browser; tells the user when it cannot.
void openManual(QWidget *parent);

} // namespace jy
