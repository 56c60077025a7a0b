#include "volunteer/volunteersview.h"
#include "accounts/session.h"
#include "db/dberror.h"
#include "reports/reportdialog.h"
#include "pinyin/pinyin.h"
#include "reports/listprinting.h"
#include "reports/volunteerprinting.h"
#include "volunteer/pointsservice.h"
#include "volunteer/volunteerdialog.h"
#include "volunteer/volunteers.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace jy {

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

// A name that sorts in pinyin order when its column header is clicked (the table's own sort
// compares code points: 张 before 阿).
class NameItem : public QTableWidgetItem
{
public:
    explicit NameItem(const QString &name) : QTableWidgetItem(name), mKey(Pinyin::instance().sortKey(name)) {}
    bool operator<(const QTableWidgetItem &other) const override
    {
        if (const auto *name = dynamic_cast<const NameItem *>(&other))
            return mKey < name->mKey;
        return QTableWidgetItem::operator<(other);
    }

private:
    QString mKey;
};

QTableWidgetItem *number(double value, int decimals = 0)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, decimals ? QVariant(value) : QVariant(qRound64(value)));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *plainTable(const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    return table;
}

QString kindName(const QString &kind)
{
    if (kind == ledger_kind::Credit)
        return VolunteersView::tr("service");
    if (kind == ledger_kind::Redeem)
        return VolunteersView::tr("gift");
    if (kind == ledger_kind::Adjust)
        return VolunteersView::tr("adjustment");
    return kind;
}

} // namespace

VolunteersView::VolunteersView(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("volunteers"));
    mSearch = new QLineEdit;
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setPlaceholderText(tr("Name or volunteer number"));
    mSearch->setClearButtonEnabled(true);

    mTable = plainTable(QStringLiteral("volunteerTable"), {tr("Name"), tr("Number"), tr("Team"), tr("Community"), tr("Hours"),
                                                           tr("Stars"), tr("Points"), tr("Services")});
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(Name, Qt::AscendingOrder); // the order the service gives: pinyin
    mLedgerTitle = new QLabel;
    mLedger = plainTable(QStringLiteral("ledger"), {tr("Date"), tr("Kind"), tr("Points"), tr("Hours"), tr("Reason"), tr("By")});

    auto *ledgerBox = new QWidget;
    auto *ledgerLayout = new QVBoxLayout(ledgerBox);
    ledgerLayout->setContentsMargins(0, 0, 0, 0);
    ledgerLayout->addWidget(mLedgerTitle);
    ledgerLayout->addWidget(mLedger, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(mTable);
    splitter->addWidget(ledgerBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    mLimitNote = new QLabel(tr("Only the first %n volunteers are listed; search by name or number to find others.", nullptr, kLimit));
    mLimitNote->setObjectName(QStringLiteral("limitNote"));
    mLimitNote->hide();
    auto *certificate = new QPushButton(tr("Service record &certificate…"));
    certificate->setObjectName(QStringLiteral("certificate"));
    certificate->setToolTip(tr("Issue and print a numbered 志愿服务记录证明 for the selected volunteer"));
    certificate->setEnabled(mSession.can(Permission::IssueCertificates));
    connect(certificate, &QPushButton::clicked, this, &VolunteersView::printCertificate);
    auto *ranking = new QPushButton(tr("Annual &ranking…"));
    connect(ranking, &QPushButton::clicked, this, [this] {
        ReportDialog dialog(mDb, mSession, ReportDialog::Kind::VolunteerRanking, this);
        dialog.exec();
    });
    auto *add = new QPushButton(tr("&Register volunteer…"));
    add->setObjectName(QStringLiteral("register"));
    add->setEnabled(mSession.can(Permission::ManageSupermarket));
    connect(add, &QPushButton::clicked, this, [this] { editVolunteer(0); });
    auto *edit = new QPushButton(tr("&Edit…"));
    edit->setEnabled(mSession.can(Permission::ManageSupermarket));
    connect(edit, &QPushButton::clicked, this, [this] { editVolunteer(currentVolunteerId()); });
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this] {
        if (mSession.can(Permission::ManageSupermarket))
            editVolunteer(currentVolunteerId());
    });
    auto *top = new QHBoxLayout;
    top->addWidget(mSearch, 1);
    top->addWidget(add);
    top->addWidget(edit);
    top->addWidget(certificate);
    top->addWidget(ranking);
    layout->addLayout(top);
    layout->addWidget(mLimitNote);
    layout->addWidget(splitter, 1);

    mDebounce = new QTimer(this);
    mDebounce->setSingleShot(true);
    mDebounce->setInterval(250);
    connect(mDebounce, &QTimer::timeout, this, &VolunteersView::reload);
    connect(mSearch, &QLineEdit::textChanged, mDebounce, qOverload<>(&QTimer::start));
    connect(mTable, &QTableWidget::itemSelectionChanged, this, &VolunteersView::showLedger);
    reload();
}

void VolunteersView::reload()
{
    QList<VolunteerSummary> people;
    try {
        people = VolunteerService(mDb, mSession).summaries(0, mSearch->text().trimmed(), kLimit);
    } catch (const DbError &error) {
        mLedgerTitle->setText(error.message());
    }
    mTable->setSortingEnabled(false);
    mTable->clearContents();
    mTable->setRowCount(int(people.size()));
    for (int r = 0; r < people.size(); ++r) {
        const VolunteerSummary &s = people.at(r);
        auto *name = new NameItem(s.volunteer.name);
        name->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        name->setData(Qt::UserRole, s.volunteer.id);
        mTable->setItem(r, Name, name);
        mTable->setItem(r, Number, cell(s.volunteer.volunteerNo));
        mTable->setItem(r, Team, cell(s.teamName));
        mTable->setItem(r, Community, cell(s.communityName));
        mTable->setItem(r, Hours, number(s.hours, 1));
        auto *stars = cell(QString(s.stars, QChar(0x2605)));
        stars->setForeground(QColor(0xd8, 0x8c, 0x00));
        stars->setData(Qt::UserRole + 1, s.stars);
        mTable->setItem(r, Stars, stars);
        mTable->setItem(r, Balance, number(s.balance));
        mTable->setItem(r, Services, number(s.services));
    }
    mTable->setSortingEnabled(true);
    // A street has thousands of volunteers: the list is cut, and says so.
    mLimitNote->setVisible(people.size() >= kLimit);
    mTable->resizeColumnsToContents();
    mTable->horizontalHeader()->setSectionResizeMode(Team, QHeaderView::Stretch);
    if (mTable->rowCount() > 0)
        mTable->selectRow(0);
    else
        showLedger();
}

void VolunteersView::showLedger()
{
    mLedger->clearContents();
    mLedger->setRowCount(0);
    const int row = mTable->currentRow();
    QTableWidgetItem *name = row >= 0 ? mTable->item(row, Name) : nullptr;
    if (!name) {
        mLedgerTitle->setText(tr("Select a volunteer to see the points ledger."));
        return;
    }
    const qint64 id = name->data(Qt::UserRole).toLongLong();
    QList<LedgerEntry> entries;
    int balance = 0;
    try {
        PointsService points(mDb, mSession);
        entries = points.ledger(id);
        balance = points.balance(id);
    } catch (const DbError &error) {
        mLedgerTitle->setText(error.message());
        return;
    }
    mLedgerTitle->setText(tr("Points ledger of %1: balance %2").arg(name->text()).arg(balance));
    mLedger->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const LedgerEntry &e = entries.at(r);
        mLedger->setItem(r, 0, cell(QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))));
        mLedger->setItem(r, 1, cell(kindName(e.kind)));
        mLedger->setItem(r, 2, number(e.points));
        mLedger->setItem(r, 3, e.hours > 0 ? number(e.hours, 1) : cell(QString()));
        QString reason = e.reason;
        if (reason.isEmpty() && e.orderId)
            reason = tr("order #%1").arg(e.orderId);
        mLedger->setItem(r, 4, cell(reason));
        mLedger->setItem(r, 5, cell(e.approvedBy.isEmpty() ? e.actor : e.approvedBy));
    }
    mLedger->resizeColumnsToContents();
    mLedger->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
}

qint64 VolunteersView::currentVolunteerId() const
{
    const int row = mTable->currentRow();
    const QTableWidgetItem *name = row >= 0 ? mTable->item(row, Name) : nullptr;
    return name ? name->data(Qt::UserRole).toLongLong() : 0;
}

void VolunteersView::printCertificate()
{
    const qint64 id = currentVolunteerId();
    if (!id) {
        QMessageBox::information(this, tr("Service record certificate"), tr("Select a volunteer first."));
        return;
    }
    // The period the certificate vouches for: this year to date unless the volunteer asks otherwise.
    QDialog ask(this);
    ask.setWindowTitle(tr("Service record certificate"));
    const QDate today = QDate::currentDate();
    auto *from = new QDateEdit(QDate(today.year(), 1, 1));
    auto *to = new QDateEdit(today);
    for (QDateEdit *d : {from, to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("Service &from:"), from);
    form->addRow(tr("&to:"), to);
    form->addRow(new QLabel(tr("The certificate gets the next number and is recorded.")));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    VolunteerPrinting::certificate(mDb, mSession, id, from->date(), to->date(), this);
}

void VolunteersView::editVolunteer(qint64 id)
{
    Volunteer v;
    if (id) {
        const std::optional<Volunteer> found = VolunteerService(mDb, mSession).volunteer(id);
        if (!found)
            return;
        v = *found;
    }
    VolunteerDialog dialog(mDb, mSession, v, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

QWidget *VolunteersView::searchField() const
{
    return mSearch;
}

bool VolunteersView::canCreateRecord() const
{
    return mSession.can(Permission::ManageSupermarket);
}

ReportDocument VolunteersView::listDocument() const
{
    return ListPrinting::fromView(mTable, tr("Volunteers"));
}

} // namespace jy
