#pragma once
#include "common/result.h"

#include <QString>
#include <functional>

class QPdfWriter;

namespace jy {

// Writes a PDF through `paint`, which sets the page layout it wants and returns the number of
// pages painted (0: failure). The file is replaced only when the whole document was written.
// Field error "path" with a message naming the file.
Result<int> writePdfFile(const QString &path, const QString &title, const std::function<int(QPdfWriter &)> &paint);

} // namespace jy
