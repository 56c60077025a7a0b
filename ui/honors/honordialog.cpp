#include "honors/honordialog.h"
#include "accounts/scope.h"
#include "common/conflict.h"
#include "common/conflictprompt.h"
#include "common/fielderrors.h"
#include "db/database.h"
#include "honors/honorservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jy {

HonorDialog::HonorDialog(Database &db, const Session &session, const Honor &honor, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session), mHonor(honor)
{
    setObjectName(QStringLiteral("HonorDialog"));
    setWindowTitle(honor.id ? tr("Edit honor") : tr("New honor"));
    mYear = new QSpinBox;
    mYear->setObjectName(QStringLiteral("year"));
    mYear->setRange(1949, QDate::currentDate().year() + 1);
    mTitle = new QLineEdit;
    mTitle->setObjectName(QStringLiteral("title"));
    mTitle->setPlaceholderText(tr("e.g. 全国学雷锋志愿服务“四个100”先进典型"));
    mLevel = new QComboBox;
    mLevel->setObjectName(QStringLiteral("level"));
    for (const QString &level : honor_level::all())
        mLevel->addItem(honor_level::name(level), level);
    mKind = new QComboBox;
    mKind->setObjectName(QStringLiteral("kind"));
    for (const QString &kind : honor_recipient::all())
        mKind->addItem(honor_recipient::name(kind), kind);
    mRecipient = new QLineEdit;
    mRecipient->setObjectName(QStringLiteral("recipient"));
    mAwardedBy = new QLineEdit;
    mAwardedBy->setObjectName(QStringLiteral("awardedBy"));
    mAwardedOn = new QDateEdit;
    mAwardedOn->setCalendarPopup(true);
    mAwardedOn->setSpecialValueText(tr("not known"));
    mAwardedOn->setMinimumDate(QDate(1949, 1, 1));
    mCommunity = new QComboBox;
    mCommunity->setObjectName(QStringLiteral("community"));
    // The street's honors are the street's accounts' to enter; a community account sees its own.
    if (Scope::homeCommunity(db, session) == 0)
        mCommunity->addItem(tr("(the street)"), 0);
    for (const auto &[id, name] : Scope::readableCommunities(db, session))
        mCommunity->addItem(name, id);
    mNotes = new QPlainTextEdit;
    mNotes->setMaximumHeight(70);
    fill(honor);

    // A community's honors are mostly its own: offer its name when the recipient is the community.
    connect(mKind, &QComboBox::currentIndexChanged, this, [this] {
        if (mKind->currentData().toString() == honor_recipient::Community && mRecipient->text().isEmpty() && mCommunity->currentIndex() > 0)
            mRecipient->setText(mCommunity->currentText());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Year:"), mErrors.wrap(mYear, QStringLiteral("year")));
    form->addRow(tr("&Title:"), mErrors.wrap(mTitle, QStringLiteral("title")));
    form->addRow(tr("&Level:"), mErrors.wrap(mLevel, QStringLiteral("level")));
    form->addRow(tr("Recipient &is:"), mErrors.wrap(mKind, QStringLiteral("recipient_kind")));
    form->addRow(tr("&Recipient:"), mErrors.wrap(mRecipient, QStringLiteral("recipient")));
    form->addRow(tr("&Awarded by:"), mAwardedBy);
    form->addRow(tr("Awarded &on:"), mErrors.wrap(mAwardedOn, QStringLiteral("awarded_on")));
    form->addRow(tr("&Community:"), mErrors.wrap(mCommunity, QStringLiteral("community")));
    form->addRow(tr("&Notes:"), mNotes);
    mGeneralError = FieldErrorLabels::errorLabel();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &HonorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mGeneralError);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void HonorDialog::fill(const Honor &honor)
{
    mYear->setValue(honor.year ? honor.year : QDate::currentDate().year());
    mTitle->setText(honor.title);
    mLevel->setCurrentIndex(std::max(0, int(honor_level::all().indexOf(honor.level))));
    mKind->setCurrentIndex(std::max(0, int(honor_recipient::all().indexOf(honor.recipientKind))));
    mRecipient->setText(honor.recipient);
    mAwardedBy->setText(honor.awardedBy);
    // The minimum shows "not known".
    mAwardedOn->setDate(honor.awardedOn.isValid() ? honor.awardedOn : mAwardedOn->minimumDate());
    const int community = mCommunity->findData(honor.communityId);
    const int firstCommunity = mCommunity->itemData(0).toLongLong() == 0 && mCommunity->count() > 1 ? 1 : 0;
    mCommunity->setCurrentIndex(community >= 0 ? community : firstCommunity);
    mNotes->setPlainText(honor.notes);
}

Honor HonorDialog::collect() const
{
    Honor h = mHonor;
    h.year = mYear->value();
    h.title = mTitle->text();
    h.level = mLevel->currentData().toString();
    h.recipientKind = mKind->currentData().toString();
    h.recipient = mRecipient->text();
    h.awardedBy = mAwardedBy->text();
    h.awardedOn = mAwardedOn->date() == mAwardedOn->minimumDate() ? QDate() : mAwardedOn->date();
    h.communityId = mCommunity->currentData().toLongLong();
    h.notes = mNotes->toPlainText();
    return h;
}

QString HonorDialog::errorText(const QString &field) const
{
    return mErrors.text(field);
}

void HonorDialog::accept()
{
    mErrors.clear();
    mGeneralError->clear();
    HonorService service(mDb, mSession);
    const Result<qint64> saved = service.save(collect());
    if (!saved && isConflict(saved.errors())) {
        // Someone else saved it since it was opened: show theirs, to make the change again on top.
        if (!askToReload(this, saved.errors()))
            return;
        const std::optional<Honor> latest = service.find(mHonor.id);
        if (!latest) {
            QMessageBox::warning(this, tr("Saved by someone else"), tr("The honor has been deleted in the meantime."));
            return;
        }
        mHonor = *latest;
        fill(mHonor);
        return;
    }
    if (!saved) {
        mErrors.show(saved.errors(), mGeneralError);
        return;
    }
    mHonor.id = saved.value();
    QDialog::accept();
}

} // namespace jy
