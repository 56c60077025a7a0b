#include "testsupport.h"
#include "cobuilding/cobuildingprojects.h"
#include "cobuilding/cobuildingunits.h"
#include "cobuilding/projectworkflow.h"
#include "cobuilding/twowaylists.h"
#include "demo/demogenerator.h"
#include "governance/activities.h"
#include "governance/governancemeetings.h"
#include "governance/mediationcases.h"
#include "governance/mediationworkflow.h"
#include "governance/merchants.h"
#include "db/sql.h"
#include "honors/honordialog.h"
#include "import/xlsxreader.h"
#include "party/partygovernancepage.h"
#include "party/partymembers.h"
#include "party/partyorganisation.h"
#include "party/starassessment.h"
#include "party/registerdialog.h"
#include "party/registermodel.h"
#include "party/registersource.h"
#include "party/registertab.h"
#include "reports/reportpreview.h"
#include "residents/residentservice.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace jy;

namespace {

// One demo database for the page tests: generating it is the slow part.
Database &demoDatabase()
{
    static test::TempDatabase db;
    static const bool made = [] {
        DemoOptions options;
        options.supermarket = false;
        options.today = QDate(2026, 11, 29);
        return DemoGenerator::generate(*db, Session::localAdministrator(), options).ok();
    }();
    REQUIRE(made);
    return *db;
}

// Answers the next question box with `button` once it shows.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

qint64 addUnit(Database &db, const Session &session, qint64 communityId, const QString &name)
{
    CoBuildingUnit u;
    u.communityId = communityId;
    u.name = name;
    const Result<qint64> saved = CoBuildingUnits(db, session).save(u);
    REQUIRE(saved.ok());
    return saved.value();
}

int tabNamed(PartyGovernancePage &page, const char *key)
{
    for (int i = 0; i < page.tabCount(); ++i)
        if (page.tab(i)->objectName() == QLatin1String(key))
            return i;
    FAIL("no tab " << key);
    return -1;
}

} // namespace

TEST_CASE("every register of the party and governance page lists the demo's records", "[party-ui]")
{
    Database &db = demoDatabase();
    const Session admin = test::admin();
    PartyGovernancePage page(db, admin);
    page.resize(1400, 700);
    page.show();
    page.activate();
    REQUIRE(page.tabCount() == 12);
    for (int i = 0; i < page.tabCount(); ++i) {
        page.tabs()->setCurrentIndex(i);
        INFO(page.tab(i)->source().title().toStdString());
        CHECK(page.tab(i)->model()->rowCount() > 0);
        CHECK(page.statusText().contains(QString::number(page.tab(i)->model()->total())));
    }
    page.tabs()->setCurrentIndex(0);
    test::screenshot(page, "party-organisation");
    page.tabs()->setCurrentIndex(tabNamed(page, "mediation"));
    page.tab(page.tabs()->currentIndex())->select(page.tab(page.tabs()->currentIndex())->model()->idAt(0));
    test::screenshot(page, "party-mediation");

    // A long register is read a page at a time.
    RegisterTab *agency = page.tab(tabNamed(page, "agency"));
    REQUIRE(agency->model()->total() > RegisterTableModel::kPageSize);
    CHECK(agency->model()->rowCount() == RegisterTableModel::kPageSize);
    REQUIRE(agency->model()->canFetchMore({}));
    agency->model()->fetchMore({});
    CHECK(agency->model()->rowCount() == std::min(agency->model()->total(), 2 * RegisterTableModel::kPageSize));
}

TEST_CASE("register filters narrow the list and the export writes what it shows", "[party-ui]")
{
    Database &db = demoDatabase();
    const Session admin = test::admin();
    PartyGovernancePage page(db, admin);
    page.show();
    page.activate();
    const int index = tabNamed(page, "mediation");
    page.tabs()->setCurrentIndex(index);
    RegisterTab *tab = page.tab(index);
    const int all = tab->model()->total();
    auto *state = test::child<QComboBox>(*tab, "state");
    state->setCurrentIndex(state->findData(mediation_state::Resolved));
    const int resolved = tab->model()->total();
    CHECK(resolved > 0);
    CHECK(resolved < all);
    RegisterFilter f;
    f.state = mediation_state::Resolved;
    CHECK(resolved == MediationCases(db, admin).count(f));
    test::child<QLineEdit>(*tab, "search")->setText(QStringLiteral("陶某"));
    CHECK(tab->model()->total() == 1);

    // Paper gets the same rows, with lines to sign.
    const ReportDocument doc = tab->document();
    REQUIRE(doc.mainTable());
    CHECK(doc.mainTable()->rows.size() == 1);
    CHECK(doc.signatures.size() == 2);
    std::unique_ptr<QPrintPreviewDialog> preview(ReportPreview::createDialog(doc, nullptr));
    CHECK(preview != nullptr);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("矛盾调解.xlsx"));
    QString message;
    REQUIRE(tab->exportTo(path, &message));
    XlsxReader reader;
    REQUIRE(reader.open(path));
    QList<QStringList> rows;
    reader.readSheet(0, [&rows](int, const QStringList &cells) {
        rows << cells;
        return true;
    });
    // Title, header, the one case.
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1).first() == tab->source().headers().first());
    CHECK(rows.at(2).join(QLatin1Char(' ')).contains(QStringLiteral("陶某（姐）")));
}

TEST_CASE("the register form keeps what was typed when the service refuses it", "[party-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    PartyGovernancePage page(*db, admin);
    RegisterTab *meetings = page.tab(tabNamed(page, "meetings"));
    RegisterDialog dialog(meetings->source(), meetings->source().blank(place.communityId));
    dialog.show();
    test::child<QLineEdit>(dialog, "place")->setText(QStringLiteral("居民议事亭"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errorText(QStringLiteral("topic")).isEmpty());
    CHECK(test::child<QLineEdit>(dialog, "place")->text() == QStringLiteral("居民议事亭"));
    test::child<QLineEdit>(dialog, "topic")->setText(QStringLiteral("文明养犬公约"));
    test::child<QSpinBox>(dialog, "attendance")->setValue(23);
    test::screenshot(dialog, "party-meeting-dialog");
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const std::optional<GovernanceMeeting> saved = GovernanceMeetings(*db, admin).find(dialog.savedId());
    REQUIRE(saved);
    CHECK(saved->attendance == 23);
    CHECK(saved->place == QStringLiteral("居民议事亭"));
    CHECK(saved->communityId == place.communityId);
}

TEST_CASE("a case step asks for its fields, a delete asks first, a viewer cannot change", "[party-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    MediationCase k;
    k.communityId = place.communityId;
    k.parties = QStringLiteral("张某与李某");
    k.summary = QStringLiteral("楼上漏水");
    const qint64 caseId = MediationCases(*db, admin).registerCase(k).value();
    Merchant m;
    m.communityId = place.communityId;
    m.name = QStringLiteral("鲜丰水果店");
    const qint64 shop = Merchants(*db, admin).save(m).value();

    PartyGovernancePage page(*db, admin);
    page.show();
    page.activate();
    RegisterTab *mediation = page.tab(tabNamed(page, "mediation"));
    RegisterDialog step(mediation->source(), caseId, QStringLiteral("accept"));
    step.show();
    step.accept();
    CHECK(step.result() != QDialog::Accepted);
    CHECK_FALSE(step.errorText(QStringLiteral("mediator")).isEmpty());
    test::child<QPlainTextEdit>(step, "mediator")->setPlainText(QStringLiteral("陶琼"));
    step.accept();
    REQUIRE(step.result() == QDialog::Accepted);
    CHECK(MediationCases(*db, admin).find(caseId)->state == mediation_state::Mediating);

    const int merchantsIndex = tabNamed(page, "merchants");
    page.tabs()->setCurrentIndex(merchantsIndex);
    RegisterTab *merchants = page.tab(merchantsIndex);
    merchants->select(shop);
    auto *remove = [&]() -> QToolButton * {
        for (QToolButton *b : merchants->findChildren<QToolButton *>())
            if (b->defaultAction() && b->defaultAction()->shortcut() == QKeySequence(QKeySequence::Delete))
                return b;
        return nullptr;
    }();
    REQUIRE(remove);
    answerNextQuestion(QMessageBox::No);
    remove->click();
    CHECK(Merchants(*db, admin).find(shop).has_value());
    answerNextQuestion(QMessageBox::Yes);
    remove->click();
    CHECK_FALSE(Merchants(*db, admin).find(shop).has_value());

    const Session viewer = test::viewer();
    PartyGovernancePage readOnly(*db, viewer);
    readOnly.show();
    readOnly.activate();
    for (int i = 0; i < readOnly.tabCount(); ++i) {
        INFO(readOnly.tab(i)->source().title().toStdString());
        CHECK_FALSE(readOnly.tab(i)->source().mayCreate());
        CHECK_FALSE(readOnly.tab(i)->source().mayEdit());
    }
}

TEST_CASE("a register's other doings: an agreement, a follow-up item, a five-star score", "[party-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    const qint64 unit = addUnit(*db, admin, place.communityId, QStringLiteral("中联律师事务所"));
    PartyBranch b;
    b.communityId = place.communityId;
    b.name = QStringLiteral("孝老党支部");
    const qint64 branch = PartyOrganisation(*db, admin).save(b).value();

    PartyGovernancePage page(*db, admin);
    page.show();
    page.activate();
    RegisterTab *units = page.tab(tabNamed(page, "units"));
    RegisterDialog agreement(units->source(), unit, QStringLiteral("agreement"), nullptr, RegisterDialog::Mode::Action);
    agreement.show();
    agreement.accept(); // no content yet
    CHECK(agreement.result() != QDialog::Accepted);
    CHECK_FALSE(agreement.errorText(QStringLiteral("content")).isEmpty());
    test::child<QPlainTextEdit>(agreement, "content")->setPlainText(QStringLiteral("每月一次法律咨询进社区"));
    agreement.accept();
    REQUIRE(agreement.result() == QDialog::Accepted);
    const QList<CoBuildingAgreement> signedOnes = CoBuildingUnits(*db, admin).agreements(unit);
    REQUIRE(signedOnes.size() == 1);
    CHECK(signedOnes.first().validUntil == QDate::currentDate().addYears(3).addDays(-1));
    page.tabs()->setCurrentIndex(tabNamed(page, "units"));
    units->select(unit);
    CHECK(test::child<QTextBrowser>(*units, "details")->toPlainText().contains(QStringLiteral("每月一次法律咨询进社区")));

    // A need on the list becomes a project (点单) matched with the unit's resource.
    CoBuildingNeed need;
    need.communityId = place.communityId;
    need.title = QStringLiteral("老年居民需要法律咨询");
    need.raisedOn = QDate::currentDate();
    const qint64 needId = TwoWayLists(*db, admin).addNeed(need).value();
    RegisterDialog offer(units->source(), unit, QStringLiteral("resource"), nullptr, RegisterDialog::Mode::Action);
    test::child<QLineEdit>(offer, "title")->setText(QStringLiteral("免费法律咨询"));
    offer.accept();
    REQUIRE(offer.result() == QDialog::Accepted);
    RegisterTab *needs = page.tab(tabNamed(page, "needs"));
    RegisterDialog order(needs->source(), needId, QStringLiteral("project"), nullptr, RegisterDialog::Mode::Action);
    CHECK(test::child<QLineEdit>(order, "title")->text() == need.title);
    auto *resource = test::child<QComboBox>(order, "resource");
    REQUIRE(resource->count() == 2);
    resource->setCurrentIndex(1);
    order.accept();
    REQUIRE(order.result() == QDialog::Accepted);
    const QList<CoBuildingProject> projects = CoBuildingProjects(*db, admin).list();
    REQUIRE(projects.size() == 1);
    CHECK(projects.first().needId == needId);
    CHECK(projects.first().state == project_state::Ordered);

    RegisterTab *branches = page.tab(tabNamed(page, "branches"));
    RegisterDialog assess(branches->source(), branch, QStringLiteral("assess"), nullptr, RegisterDialog::Mode::Action);
    assess.show();
    test::child<QSpinBox>(assess, "score")->setValue(90);
    assess.accept(); // an awarded star needs its evidence
    CHECK(assess.result() != QDialog::Accepted);
    CHECK_FALSE(assess.errorText(QStringLiteral("notes")).isEmpty());
    test::child<QPlainTextEdit>(assess, "notes")->setPlainText(QStringLiteral("全年召开支部党员大会4次"));
    assess.accept();
    REQUIRE(assess.result() == QDialog::Accepted);
    CHECK(StarAssessment(*db, admin).result(branch, QDate::currentDate().year() - 1).stars == 1);

    // An activity keeps a photo chosen from a file; the details show it.
    Activity a;
    a.communityId = place.communityId;
    a.title = QStringLiteral("高层住宅消防应急疏散演练");
    a.kind = activity_kind::Drill;
    a.heldOn = QDate::currentDate().addDays(-1);
    a.participants = 120;
    const qint64 drill = Activities(*db, admin).save(a).value();
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("演练.png"));
    QImage image(240, 160, QImage::Format_RGB32);
    image.fill(QColor(0xc0, 0x30, 0x30));
    REQUIRE(image.save(png));
    const int activitiesIndex = tabNamed(page, "activities");
    RegisterTab *activities = page.tab(activitiesIndex);
    RegisterDialog photo(activities->source(), drill, QStringLiteral("photo"), nullptr, RegisterDialog::Mode::Action);
    photo.accept(); // no file chosen
    CHECK_FALSE(photo.errorText(QStringLiteral("photo")).isEmpty());
    test::child<QLineEdit>(photo, "photo")->setText(png);
    photo.accept();
    REQUIRE(photo.result() == QDialog::Accepted);
    CHECK(Activities(*db, admin).find(drill)->photos == 1);
    page.tabs()->setCurrentIndex(activitiesIndex);
    activities->select(drill);
    CHECK(test::child<QTextBrowser>(*activities, "details")->toHtml().contains(QStringLiteral("演练.png")));
    page.resize(1400, 600);
    test::screenshot(page, "party-activity-photo");

    GovernanceMeeting m;
    m.communityId = place.communityId;
    m.heldOn = QDate::currentDate().addDays(-3);
    m.topic = QStringLiteral("小区停车难");
    const qint64 meeting = GovernanceMeetings(*db, admin).save(m).value();
    RegisterTab *meetings = page.tab(tabNamed(page, "meetings"));
    RegisterDialog followUp(meetings->source(), meeting, QStringLiteral("followup"), nullptr, RegisterDialog::Mode::Action);
    test::child<QLineEdit>(followUp, "item")->setText(QStringLiteral("与共建单位协商场地"));
    followUp.accept();
    REQUIRE(followUp.result() == QDialog::Accepted);
    RegisterDialog done(meetings->source(), meeting, QStringLiteral("done"), nullptr, RegisterDialog::Mode::Action);
    done.accept();
    REQUIRE(done.result() == QDialog::Accepted);
    CHECK(GovernanceMeetings(*db, admin).followUps(meeting).first().done);
}

TEST_CASE("the resources list is a register of its own: corrected, filtered, deleted unless a project uses it", "[party-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    const qint64 bank = addUnit(*db, admin, place.communityId, QStringLiteral("中行信阳分行"));
    TwoWayLists lists(*db, admin);
    const qint64 gym = lists.addResource({0, bank, QStringLiteral("免费安装健身器材"), QStringLiteral("文体"), QString(), QString()}).value();
    const qint64 loan = lists.addResource({0, bank, QStringLiteral("金融知识讲座"), QStringLiteral("教育"), QString(), QString()}).value();
    CoBuildingProject p;
    p.communityId = place.communityId;
    p.title = QStringLiteral("健身器材进小区");
    p.resourceId = gym;
    REQUIRE(CoBuildingProjects(*db, admin).create(p).ok());

    PartyGovernancePage page(*db, admin);
    page.resize(1400, 700);
    page.show();
    page.activate();
    const int index = tabNamed(page, "resources");
    page.tabs()->setCurrentIndex(index);
    RegisterTab *resources = page.tab(index);
    CHECK(resources->model()->total() == 2);
    auto *kind = test::child<QComboBox>(*resources, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("教育")));
    CHECK(resources->model()->total() == 1);
    kind->setCurrentIndex(0);
    resources->select(gym);
    CHECK(test::child<QTextBrowser>(*resources, "details")->toPlainText().contains(QStringLiteral("健身器材进小区")));
    test::screenshot(page, "party-resources");

    // The form refuses an empty title and keeps the rest; then it corrects the record.
    RegisterDialog edit(resources->source(), resources->source().load(loan));
    edit.show();
    CHECK(test::child<QComboBox>(edit, "unit")->currentData().toLongLong() == bank);
    test::child<QLineEdit>(edit, "title")->clear();
    test::child<QPlainTextEdit>(edit, "notes")->setPlainText(QStringLiteral("每季度一次"));
    edit.accept();
    CHECK(edit.result() != QDialog::Accepted);
    CHECK_FALSE(edit.errorText(QStringLiteral("title")).isEmpty());
    test::child<QLineEdit>(edit, "title")->setText(QStringLiteral("防诈骗金融知识讲座"));
    edit.accept();
    REQUIRE(edit.result() == QDialog::Accepted);
    CHECK(lists.findResource(loan)->title == QStringLiteral("防诈骗金融知识讲座"));
    CHECK(lists.findResource(loan)->notes == QStringLiteral("每季度一次"));

    // The project's resource stays; the other goes once the user says yes.
    CHECK_FALSE(resources->source().remove(gym).ok());
    resources->reload(loan);
    auto *remove = [&]() -> QToolButton * {
        for (QToolButton *b : resources->findChildren<QToolButton *>())
            if (b->defaultAction() && b->defaultAction()->shortcut() == QKeySequence(QKeySequence::Delete))
                return b;
        return nullptr;
    }();
    REQUIRE(remove);
    answerNextQuestion(QMessageBox::Yes);
    remove->click();
    CHECK_FALSE(lists.findResource(loan).has_value());
    CHECK(lists.findResource(gym).has_value());
}

TEST_CASE("a member's party group is chosen among the groups of the member's branch", "[party-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    PartyOrganisation org(*db, admin);
    PartyBranch first;
    first.communityId = place.communityId;
    first.name = QStringLiteral("第一网格党支部");
    const qint64 one = org.save(first).value();
    PartyBranch second = first;
    second.name = QStringLiteral("第二网格党支部");
    const qint64 two = org.save(second).value();
    const qint64 groupOne = org.saveGroup({0, one, QStringLiteral("第一党小组"), QStringLiteral("王芳")}).value();
    const qint64 groupTwo = org.saveGroup({0, two, QStringLiteral("楼院党小组"), QString()}).value();
    ResidentService residents(*db, admin);
    test::addResident(residents, QStringLiteral("王春丽"), place.householdId, QStringLiteral("head"));

    PartyGovernancePage page(*db, admin);
    RegisterTab *members = page.tab(tabNamed(page, "members"));
    RegisterDialog create(members->source(), members->source().blank(place.communityId));
    create.show();
    auto *branch = test::child<QComboBox>(create, "branch");
    auto *group = test::child<QComboBox>(create, "group");
    branch->setCurrentIndex(branch->findData(one));
    CHECK(group->count() == 2);
    CHECK(group->findData(groupOne) == 1);
    group->setCurrentIndex(1);
    branch->setCurrentIndex(branch->findData(two));
    // The other branch's groups only, and no group chosen yet.
    CHECK(group->findData(groupOne) < 0);
    CHECK(group->findData(groupTwo) == 1);
    CHECK(group->currentData().toLongLong() == 0);
    group->setCurrentIndex(1);
    test::child<QLineEdit>(create, "resident")->setText(QStringLiteral("王春丽"));
    test::child<QDateEdit>(create, "joined_on")->setDate(QDate(2010, 7, 1));
    test::screenshot(create, "party-member-group");
    create.accept();
    INFO(create.errorText(QStringLiteral("resident")).toStdString() << create.errorText(QStringLiteral("group")).toStdString()
         << create.errorText(QStringLiteral("joined_on")).toStdString());
    REQUIRE(create.result() == QDialog::Accepted);
    const std::optional<PartyMember> saved = PartyMembers(*db, admin).find(create.savedId());
    REQUIRE(saved);
    CHECK(saved->branchId == two);
    CHECK(saved->groupId == groupTwo);
    // The list shows the group beside the branch.
    const QList<RegisterRow> listed = members->source().rows({});
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().cells.value(1).toString() == QStringLiteral("第二网格党支部"));
    CHECK(listed.first().cells.value(2).toString() == QStringLiteral("楼院党小组"));

    // The members tab's branch filter offers a branch made after the page was built, once shown
    // again, and keeps the branch chosen.
    page.show();
    page.tabs()->setCurrentIndex(tabNamed(page, "members"));
    auto *owner = test::child<QComboBox>(*members, "owner");
    owner->setCurrentIndex(owner->findData(two));
    PartyBranch third = first;
    third.name = QStringLiteral("新建党支部");
    const qint64 three = org.save(third).value();
    CHECK(owner->findData(three) < 0);
    page.tabs()->setCurrentIndex(tabNamed(page, "branches"));
    page.tabs()->setCurrentIndex(tabNamed(page, "members"));
    CHECK(owner->findData(three) > 0);
    CHECK(owner->currentData().toLongLong() == two);
    CHECK(members->model()->filter().ownerId == two);

    // Editing keeps the branch (a transfer moves it) and offers its groups.
    RegisterDialog edit(members->source(), members->source().load(saved->residentId));
    auto *editGroup = test::child<QComboBox>(edit, "group");
    CHECK(editGroup->currentData().toLongLong() == groupTwo);
    editGroup->setCurrentIndex(0);
    edit.accept();
    REQUIRE(edit.result() == QDialog::Accepted);
    CHECK(PartyMembers(*db, admin).find(saved->residentId)->groupId == 0);
}

TEST_CASE("the page's reports menu opens the five-star and 三会一课 reports for a year", "[party-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    test::SmallPlace::create(*db);
    PartyGovernancePage page(*db, admin);
    page.show();
    QToolButton *reports = page.reportsButton();
    REQUIRE(reports);
    REQUIRE(reports->menu());
    QStringList names;
    for (QAction *a : reports->menu()->actions())
        names << a->objectName();
    CHECK(names == QStringList{QStringLiteral("fiveStarReport"), QStringLiteral("partyMeetingsReport")});
    for (QAction *a : reports->menu()->actions()) {
        QString kind;
        int year = 0;
        QTimer::singleShot(0, [&kind, &year] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            kind = test::child<QComboBox>(*dialog, "kind")->currentText();
            year = test::child<QSpinBox>(*dialog, "from")->value();
            static_cast<QDialog *>(dialog)->reject();
        });
        a->trigger();
        INFO(a->objectName().toStdString());
        CHECK_FALSE(kind.isEmpty());
        if (a->objectName() == QLatin1String("fiveStarReport"))
            CHECK(year == QDate::currentDate().year() - 1);
        else
            CHECK(year == QDate::currentDate().year());
    }
}

TEST_CASE("a register form saved elsewhere meanwhile is reloaded instead of overwritten", "[party-ui][conflict]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    const qint64 bank = addUnit(*db, admin, place.communityId, QStringLiteral("中行信阳分行"));

    PartyGovernancePage page(*db, admin);
    page.activate();
    RegisterTab *units = page.tab(tabNamed(page, "units"));
    RegisterDialog edit(units->source(), units->source().load(bank));
    edit.show();
    // Another workstation saves the unit first.
    const std::unique_ptr<Database> other = Database::open(db.settings(), Database::OpenMode::MustExist);
    CoBuildingUnit theirs = *CoBuildingUnits(*other, admin).find(bank);
    theirs.contact = QStringLiteral("李经理");
    REQUIRE(CoBuildingUnits(*other, admin).save(theirs).ok());

    test::child<QLineEdit>(edit, "name")->setText(QStringLiteral("中国银行信阳分行"));
    QString asked;
    const auto answer = test::clickInNextMessageBox("reload", &asked, "register-conflict");
    edit.accept();
    CHECK(asked.contains(QStringLiteral("中行信阳分行")));
    CHECK(edit.result() != QDialog::Accepted); // still open, now on the newer record
    CHECK(test::child<QLineEdit>(edit, "contact")->text() == QStringLiteral("李经理"));
    CHECK(test::child<QLineEdit>(edit, "name")->text() == QStringLiteral("中行信阳分行"));
    CHECK(CoBuildingUnits(*db, admin).find(bank)->name == QStringLiteral("中行信阳分行")); // nothing stale was written

    test::child<QLineEdit>(edit, "name")->setText(QStringLiteral("中国银行信阳分行"));
    edit.accept();
    REQUIRE(edit.result() == QDialog::Accepted);
    const CoBuildingUnit saved = *CoBuildingUnits(*db, admin).find(bank);
    CHECK(saved.name == QStringLiteral("中国银行信阳分行"));
    CHECK(saved.contact == QStringLiteral("李经理")); // both changes stand
}

TEST_CASE("a community account's forms offer only its own community", "[party-ui][scope]")
{
    test::TempDatabase db;
    const test::SmallPlace mine = test::SmallPlace::create(*db);
    const test::SmallPlace other = test::SmallPlace::create(*db, QStringLiteral("210211014002"));
    sql::exec(db->connection(), QStringLiteral("UPDATE community SET name = '海港社区' WHERE id = ?"), {other.communityId});
    const Session admin = test::admin();
    qint64 myBranch = 0;
    for (qint64 community : {mine.communityId, other.communityId}) {
        PartyBranch b;
        b.communityId = community;
        b.name = QStringLiteral("第一党支部");
        const Result<qint64> saved = PartyOrganisation(*db, admin).save(b);
        REQUIRE(saved.ok());
        if (community == mine.communityId)
            myBranch = saved.value();
    }
    Session staff(QStringLiteral("shequ"), Role::Staff);
    staff.setAccount(1, QStringLiteral("社区干事"), mine.communityId, {});

    PartyGovernancePage page(*db, staff);
    page.activate();
    int forms = 0, branchForms = 0;
    for (int i = 0; i < page.tabCount(); ++i) {
        RegisterSource &source = page.tab(i)->source();
        if (!source.mayCreate())
            continue;
        RegisterDialog form(source, source.blank(mine.communityId));
        if (auto *community = form.findChild<QComboBox *>(QStringLiteral("community"))) {
            INFO(source.key().toStdString());
            ++forms;
            CHECK(community->count() == 1);
            CHECK(community->currentData().toLongLong() == mine.communityId);
        }
        // Branches to choose from (a member's, a meeting's): the community's own.
        if (auto *branch = form.findChild<QComboBox *>(QStringLiteral("branch"))) {
            INFO(source.key().toStdString());
            ++branchForms;
            CHECK(branch->count() == 1);
            CHECK(branch->currentData().toLongLong() == myBranch);
        }
    }
    CHECK(forms >= 5);
    CHECK(branchForms >= 2); // organisations, meetings, activities, merchants, units, needs …

    HonorDialog honor(*db, staff, Honor{});
    auto *community = test::child<QComboBox>(honor, "community");
    CHECK(community->count() == 1); // not the street, not the other community
    CHECK(community->currentData().toLongLong() == mine.communityId);
}
