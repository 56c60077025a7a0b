#pragma once
#include "import/importjob.h"
#include "import/importsource.h"

#include <QWizard>

namespace jy {

class Database;
class Session;

// Brings a roster file in, step by step: file and sheet → column mapping → a dry run that
// shows the problems → the import with progress and cancel → the result, with the rejected
// rows to open in Excel.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, MappingPageId, CheckPageId, RunPageId };

    ImportWizard(Database &db, const Session &session, QWidget *parent = nullptr);

    Database &database() { return mDb; }
    const Session &session() const { return mSession; }
    ImportSource &source() { return mSource; }

    // The choices so far, as a request for ImportJob.
    ImportRequest request;
    QStringList headers;            // the header row's cells
    QList<QStringList> sampleRows;  // rows right below the header, for the mapping and preview
    bool rememberMapping = true;
    bool imported = false;          // the real import ran and committed

    void selectFile(const QString &path) { setField(QStringLiteral("path"), path); }

private:
    Database &mDb;
    const Session &mSession;
    ImportSource mSource;
};

} // namespace jy
