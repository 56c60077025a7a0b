#include "import/importwizard.h"
#include "import/checkpage.h"
#include "import/mappingpage.h"
#include "import/runpage.h"
#include "import/sourcepage.h"

namespace jy {

ImportWizard::ImportWizard(Database &db, const Session &session, QWidget *parent)
    : QWizard(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import residents"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePageId, new SourcePage(this));
    setPage(MappingPageId, new MappingPage(this));
    setPage(CheckPageId, new CheckPage(this));
    setPage(RunPageId, new RunPage(this));
    resize(900, 640);
}

} // namespace jy
