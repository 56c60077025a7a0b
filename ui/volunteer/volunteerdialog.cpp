#include "volunteer/volunteerdialog.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "common/fielderrors.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "residents/rosterquery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace jy {

VolunteerDialog::VolunteerDialog(Database &db, const Session &session, const Volunteer &volunteer, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session), mVolunteer(volunteer), mResidentId(volunteer.residentId)
{
    setObjectName(QStringLiteral("VolunteerDialog"));
    setWindowTitle(volunteer.id ? tr("Edit volunteer") : tr("Register a volunteer"));

    mSearch = new QLineEdit;
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setPlaceholderText(tr("Find the resident: name, pinyin initials, phone or 3-2-401, then Enter"));
    mResults = new QListWidget;
    mResults->setObjectName(QStringLiteral("results"));
    mResults->setMaximumHeight(110);
    mResident = new QLabel;
    mResident->setObjectName(QStringLiteral("resident"));
    mName = new QLineEdit(volunteer.name);
    mName->setObjectName(QStringLiteral("name"));
    mUnit = new QLineEdit(volunteer.unitName);
    mUnit->setObjectName(QStringLiteral("unit"));
    mUnit->setPlaceholderText(tr("For people not on the roster, e.g. 中联律师事务所"));
    mPersonalHidden = volunteer.id && !session.can(Permission::ViewPersonalData);
    mIdNumber = new QLineEdit(mPersonalHidden ? QString() : volunteer.idNumber);
    mIdNumber->setObjectName(QStringLiteral("idNumber"));
    mPhone = new QLineEdit(mPersonalHidden ? QString() : volunteer.phone);
    mPhone->setObjectName(QStringLiteral("phone"));
    if (mPersonalHidden) {
        // A role that may not see personal data leaves them as they are.
        mIdNumber->setPlaceholderText(tr("(kept; your role may not see it)"));
        mPhone->setPlaceholderText(tr("(kept; your role may not see it)"));
    }
    mCommunity = new QComboBox;
    mCommunity->setObjectName(QStringLiteral("community"));
    for (const auto &[id, name] : Scope::readableCommunities(db, session))
        mCommunity->addItem(name, id);
    mCommunity->setCurrentIndex(std::max(0, mCommunity->findData(volunteer.communityId)));
    mTeam = new QComboBox;
    mTeam->setObjectName(QStringLiteral("team"));
    mTeam->addItem(tr("(serves on their own)"), 0);
    for (const VolunteerTeam &t : VolunteerService(db, session).teams())
        mTeam->addItem(t.name, t.id);
    mTeam->setCurrentIndex(std::max(0, mTeam->findData(volunteer.teamId)));
    mNumber = new QLineEdit(volunteer.volunteerNo);
    mNumber->setObjectName(QStringLiteral("number"));
    mNumber->setPlaceholderText(tr("given when left empty"));
    mRegistered = new QDateEdit(volunteer.registeredOn.isValid() ? volunteer.registeredOn : QDate::currentDate());
    mRegistered->setCalendarPopup(true);
    mRegistered->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mActive = new QCheckBox(tr("Still serving"));
    mActive->setChecked(volunteer.active);

    auto *form = new QFormLayout;
    form->addRow(tr("&Find resident:"), mSearch);
    form->addRow(QString(), mResults);
    form->addRow(tr("From the roster:"), mErrors.wrap(mResident, QStringLiteral("resident")));
    form->addRow(tr("&Name:"), mErrors.wrap(mName, QStringLiteral("name")));
    form->addRow(tr("Co-building &unit:"), mUnit);
    form->addRow(tr("&ID number:"), mErrors.wrap(mIdNumber, QStringLiteral("id_number")));
    form->addRow(tr("&Phone:"), mErrors.wrap(mPhone, QStringLiteral("phone")));
    form->addRow(tr("&Community:"), mCommunity);
    form->addRow(tr("&Team:"), mErrors.wrap(mTeam, QStringLiteral("team")));
    form->addRow(tr("Volunteer &number:"), mErrors.wrap(mNumber, QStringLiteral("volunteer_no")));
    form->addRow(tr("&Registered on:"), mRegistered);
    form->addRow(QString(), mActive);
    mGeneralError = FieldErrorLabels::errorLabel();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &VolunteerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mGeneralError);
    layout->addWidget(buttons);

    connect(mSearch, &QLineEdit::returnPressed, this, &VolunteerDialog::search);
    connect(mResults, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        chooseResident(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString());
    });
    if (mResidentId)
        chooseResident(mResidentId, volunteer.name);
    else
        mResident->setText(tr("not on the roster"));
    resize(560, sizeHint().height());
}

void VolunteerDialog::search()
{
    mResults->clear();
    const QString text = mSearch->text().trimmed();
    if (text.isEmpty())
        return;
    RosterFilter filter;
    filter.text = text;
    try {
        for (const RosterRow &row : RosterQuery(mDb, mSession).page(filter, 0, 20)) {
            auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(row.name, row.address), mResults);
            item->setData(Qt::UserRole, row.id);
            item->setData(Qt::UserRole + 1, row.name);
        }
    } catch (const DbError &e) {
        mGeneralError->setText(e.message());
    }
    if (mResults->count() > 0)
        mResults->setCurrentRow(0);
}

void VolunteerDialog::chooseResident(qint64 residentId, const QString &name)
{
    mResidentId = residentId;
    mResident->setText(residentId ? name : tr("not on the roster"));
    // A resident's name, ID number and phone are the roster's: they are not typed twice.
    mName->setText(name);
    for (QLineEdit *e : {mName, mIdNumber, mPhone})
        e->setEnabled(residentId == 0);
}

Volunteer VolunteerDialog::collect() const
{
    Volunteer v = mVolunteer;
    v.residentId = mResidentId;
    v.name = mName->text();
    v.unitName = mUnit->text().trimmed();
    if (!mResidentId) {
        // Hidden values left blank stay as they were.
        if (!mPersonalHidden || !mIdNumber->text().trimmed().isEmpty())
            v.idNumber = mIdNumber->text().trimmed();
        if (!mPersonalHidden || !mPhone->text().trimmed().isEmpty())
            v.phone = mPhone->text().trimmed();
    } else if (mResidentId != mVolunteer.residentId) {
        v.idNumber.clear(); // taken from the roster by the service
        v.phone.clear();
    }
    v.communityId = mCommunity->currentData().toLongLong();
    v.teamId = mTeam->currentData().toLongLong();
    v.volunteerNo = mNumber->text().trimmed();
    v.registeredOn = mRegistered->date();
    v.active = mActive->isChecked();
    return v;
}

QString VolunteerDialog::errorText(const QString &field) const
{
    return mErrors.text(field);
}

void VolunteerDialog::accept()
{
    mErrors.clear();
    mGeneralError->clear();
    const Result<qint64> saved = VolunteerService(mDb, mSession).saveVolunteer(collect());
    if (!saved) {
        mErrors.show(saved.errors(), mGeneralError);
        return;
    }
    mVolunteer.id = saved.value();
    QDialog::accept();
}

} // namespace jy
