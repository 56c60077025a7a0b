#pragma once
#include "reports/reportdocument.h"

class QWidget;

namespace jy {

// What Edit ▸ Find in list (Ctrl+F), New record (Ctrl+N) and Print list (Ctrl+P) act on: a
// page's list, or the list of the page's current tab. MainWindow owns the actions and their
// shortcuts; a list only says what it can do and does it. Everything defaults to "cannot", so a
// list takes part one command at a time.
class ListCommands
{
public:
    virtual ~ListCommands() = default;

    // The search or filter field that Ctrl+F focuses; null when the list has none.
    virtual QWidget *searchField() const { return nullptr; }

    // Whether this session may start a new record here now, and starting it (usually a dialog).
    virtual bool canCreateRecord() const { return false; }
    virtual void createRecord() {}

    // Whether the list prints, and what it prints: the rows it shows, in its order, as one
    // report. MainWindow shows the document in the print preview (ReportPreview), so tests
    // can take the document instead of a printer.
    virtual bool canPrintList() const { return false; }
    virtual ReportDocument listDocument() const { return {}; }
};

} // namespace jy
