#include "residents/residentdialog.h"
#include "common/conflict.h"
#include "common/conflictprompt.h"
#include "accounts/session.h"
#include "db/dberror.h"
#include "idnumber/idnumber.h"
#include "residents/phonenumber.h"
#include "residents/residentcodes.h"
#include "residents/residentservice.h"
#include "tags/tagstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jy {

namespace {

// The sentinel minimum of the date edit, shown as "not set".
const QDate kNoDate(1899, 12, 31);

// The 56 ethnic groups in the order of GB/T 3304; the field stays free text.
QStringList ethnicities()
{
    return QStringLiteral(
               "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 "
               "傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 "
               "毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 "
               "独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族")
        .split(QLatin1Char(' '));
}

void setErrorStyle(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
}

} // namespace

ResidentDialog::ResidentDialog(Database &db, const Session &session, const Resident &resident,
                               const QList<HouseholdChoice> &choices, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session), mResident(resident)
{
    const bool existing = resident.id != 0;
    mPersonalLocked = existing && !session.can(Permission::ViewPersonalData);
    setWindowTitle(existing ? tr("Edit resident: %1").arg(resident.name) : tr("New resident"));

    mName = new QLineEdit;
    mName->setMaxLength(40);
    mIdNumber = new QLineEdit;
    mIdNumber->setMaxLength(24); // room for spaces typed between digit groups
    mIdNumber->setPlaceholderText(tr("18 digits; 15-digit numbers are upgraded"));
    mIdInfo = new QLabel;
    mIdInfo->setWordWrap(true);
    mBirthDate = new QDateEdit;
    mBirthDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mBirthDate->setCalendarPopup(true);
    mBirthDate->setDateRange(kNoDate, QDate::currentDate());
    mBirthDate->setSpecialValueText(tr("not set"));
    mSex = new QComboBox;
    mSex->addItem(QString(), QString());
    mSex->addItem(ResidentCodes::sexLabel(QStringLiteral("M")), QStringLiteral("M"));
    mSex->addItem(ResidentCodes::sexLabel(QStringLiteral("F")), QStringLiteral("F"));
    mPhone = new QLineEdit;
    mPhone->setPlaceholderText(tr("Mobile or landline, e.g. 13800001234 or 0411-84123456"));
    if (mPersonalLocked) {
        mIdNumber->setReadOnly(true);
        mPhone->setReadOnly(true);
        mIdNumber->setToolTip(tr("Your role may not see or change personal data."));
        mPhone->setToolTip(mIdNumber->toolTip());
    }
    mResidenceType = new QComboBox;
    for (const QString &code : ResidentCodes::residenceTypes())
        mResidenceType->addItem(ResidentCodes::residenceTypeLabel(code), code);
    mEthnicity = new QComboBox;
    mEthnicity->setEditable(true);
    mEthnicity->addItem(QString());
    mEthnicity->addItems(ethnicities());
    mEthnicity->setInsertPolicy(QComboBox::NoInsert);

    mHousehold = new QComboBox;
    for (const HouseholdChoice &choice : choices)
        mHousehold->addItem(choice.text, choice.id);
    if (mHousehold->count() == 0)
        mHousehold->addItem(tr("Not in a household"), qint64(0));
    mHousehold->setEnabled(!existing && mHousehold->count() > 1); // moving is its own operation
    mRelation = new QComboBox;
    for (const QString &code : ResidentCodes::relations())
        mRelation->addItem(ResidentCodes::relationLabel(code), code);

    mTags = new QListWidget;
    mTags->setFlow(QListView::LeftToRight);
    mTags->setWrapping(true);
    mTags->setResizeMode(QListView::Adjust);
    mTags->setSpacing(2);
    mTags->setMaximumHeight(mTags->fontMetrics().height() * 5);
    mTags->setToolTip(tr("Space ticks the selected tag"));
    try {
        for (const Tag &tag : TagStore(db, session).all()) {
            auto *item = new QListWidgetItem(tag.name, mTags);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    } catch (const DbError &error) {
        qWarning("%s", qPrintable(error.message()));
    }
    mNotes = new QPlainTextEdit;
    mNotes->setTabChangesFocus(true);
    mNotes->setMaximumHeight(mNotes->fontMetrics().height() * 4);

    mGeneralError = new QLabel;
    setErrorStyle(mGeneralError);
    mGeneralError->hide();
    fill(resident);
    // Names for tests and for accessibility tools.
    const QList<QPair<QWidget *, const char *>> names = {
        {mName, "name"}, {mIdNumber, "idNumber"}, {mIdInfo, "idInfo"}, {mBirthDate, "birthDate"}, {mSex, "sex"},
        {mPhone, "phone"}, {mResidenceType, "residenceType"}, {mEthnicity, "ethnicity"}, {mHousehold, "household"},
        {mRelation, "relation"}, {mTags, "tags"}, {mNotes, "notes"}, {mGeneralError, "generalError"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(form, tr("&Name"), mName, QStringLiteral("name"));
    {
        // The live check and the service's verdict share one line under the field.
        auto *box = new QWidget;
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(mIdNumber);
        v->addWidget(mIdInfo);
        auto *label = new QLabel(tr("&ID number"));
        label->setBuddy(mIdNumber);
        form->addRow(label, box);
        mErrorLabels.insert(QStringLiteral("id_number"), mIdInfo);
        mInputs.insert(QStringLiteral("id_number"), mIdNumber);
    }
    addRow(form, tr("&Birth date"), mBirthDate, QStringLiteral("birth_date"));
    addRow(form, tr("&Sex"), mSex, QStringLiteral("sex"));
    addRow(form, tr("&Phone"), mPhone, QStringLiteral("phone"));
    addRow(form, tr("Residence &type"), mResidenceType, QStringLiteral("residence_type"));
    addRow(form, tr("&Ethnicity"), mEthnicity, QStringLiteral("ethnicity"));
    addRow(form, tr("House&hold"), mHousehold, QStringLiteral("household"));
    addRow(form, tr("&Relation to head"), mRelation, QStringLiteral("relation"));
    addRow(form, tr("T&ags"), mTags, QStringLiteral("tags"));
    addRow(form, tr("N&otes"), mNotes, QStringLiteral("notes"));

    mButtons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    mButtons->button(QDialogButtonBox::Save)->setEnabled(session.can(Permission::EditResidents));
    connect(mButtons, &QDialogButtonBox::accepted, this, &ResidentDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &ResidentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mGeneralError);
    layout->addLayout(form);
    layout->addWidget(mButtons);

    connect(mIdNumber, &QLineEdit::textChanged, this, &ResidentDialog::idNumberChanged);
    connect(mIdNumber, &QLineEdit::editingFinished, this, &ResidentDialog::idNumberChanged);
    connect(mPhone, &QLineEdit::editingFinished, this, &ResidentDialog::phoneFinished);
    connect(mHousehold, &QComboBox::currentIndexChanged, this, &ResidentDialog::householdChanged);

    const QList<QWidget *> order = {mName, mIdNumber, mBirthDate, mSex, mPhone, mResidenceType, mEthnicity,
                                    mHousehold, mRelation, mTags, mNotes, mButtons};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    idNumberChanged();
    householdChanged();
    resize(560, sizeHint().height());
    mName->setFocus();
}

QWidget *ResidentDialog::field(QWidget *input, const QString &key)
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(input);
    auto *error = new QLabel;
    setErrorStyle(error);
    error->hide();
    v->addWidget(error);
    mErrorLabels.insert(key, error);
    mInputs.insert(key, input);
    return box;
}

void ResidentDialog::addRow(QFormLayout *form, const QString &label, QWidget *input, const QString &key)
{
    auto *l = new QLabel(label);
    l->setBuddy(input); // the mnemonic focuses the input, not its error box
    form->addRow(l, field(input, key));
}

void ResidentDialog::idNumberChanged()
{
    if (mPersonalLocked) {
        mBirthDate->setEnabled(mResident.idNumber.isEmpty());
        mSex->setEnabled(mResident.idNumber.isEmpty());
        mIdInfo->clear();
        return;
    }
    const QString text = IdNumber::clean(mIdNumber->text());
    const bool empty = text.isEmpty();
    // Birth date and sex come from the ID number; typed only for people without one.
    mBirthDate->setEnabled(empty);
    mSex->setEnabled(empty);
    mIdInfo->setStyleSheet(QString());
    if (empty) {
        mIdInfo->setText(tr("Without an ID number, enter the birth date and sex."));
        return;
    }
    const IdCheck check = IdNumber::check(text);
    if (check.valid) {
        mBirthDate->setDate(check.birthDate);
        mSex->setCurrentIndex(std::max(0, mSex->findData(check.sex)));
        QString info = tr("Born %1 · %2 · Birthplace: %3")
                           .arg(check.birthDate.toString(QStringLiteral("yyyy-MM-dd")), ResidentCodes::sexLabel(check.sex),
                                check.regionName.isEmpty() ? check.regionCode : check.regionName);
        if (check.upgradedFrom15)
            info += QLatin1Char('\n') + tr("15-digit number: it will be stored as %1").arg(check.normalized);
        mIdInfo->setText(info);
        mIdInfo->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    } else if (mIdNumber->hasFocus() && text.size() < 18) {
        mIdInfo->setText(tr("%1 of 18 characters").arg(text.size())); // still typing: no alarm yet
    } else {
        mIdInfo->setText(check.reason);
        setErrorStyle(mIdInfo);
    }
}

void ResidentDialog::phoneFinished()
{
    QLabel *error = mErrorLabels.value(QStringLiteral("phone"));
    if (mPersonalLocked || mPhone->text().trimmed().isEmpty()) {
        error->hide();
        return;
    }
    const PhoneCheck check = PhoneNumber::check(mPhone->text());
    error->setText(check.reason);
    error->setVisible(!check.valid);
}

void ResidentDialog::householdChanged()
{
    const bool inHousehold = mHousehold->currentData().toLongLong() != 0;
    mRelation->setEnabled(inHousehold);
    if (!inHousehold)
        mRelation->setCurrentIndex(mRelation->findData(relation::Other));
}

void ResidentDialog::fill(const Resident &resident)
{
    mName->setText(resident.name);
    mIdNumber->setText(mPersonalLocked ? IdNumber::mask(resident.idNumber) : resident.idNumber);
    mBirthDate->setDate(resident.birthDate.isValid() ? resident.birthDate : kNoDate);
    mSex->setCurrentIndex(std::max(0, mSex->findData(resident.sex)));
    mPhone->setText(mPersonalLocked ? PhoneNumber::mask(resident.phone) : resident.phone);
    mResidenceType->setCurrentIndex(std::max(0, mResidenceType->findData(resident.residenceType)));
    mEthnicity->setCurrentText(resident.ethnicity);
    mHousehold->setCurrentIndex(std::max(0, mHousehold->findData(resident.householdId)));
    mRelation->setCurrentIndex(std::max(0, mRelation->findData(resident.relation)));
    for (int i = 0; i < mTags->count(); ++i)
        mTags->item(i)->setCheckState(resident.tags.contains(mTags->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    mNotes->setPlainText(resident.notes);
}

bool ResidentDialog::reloadAfterConflict(const FieldErrors &errors)
{
    if (!askToReload(this, errors))
        return false;
    const std::optional<Resident> latest = ResidentService(mDb, mSession).find(mResident.id);
    if (!latest) {
        QMessageBox::warning(this, tr("Saved by someone else"), tr("The resident has been deleted in the meantime."));
        return false;
    }
    mResident = *latest;
    fill(mResident);
    return true;
}

Resident ResidentDialog::collect() const
{
    Resident r = mResident;
    r.name = mName->text();
    if (!mPersonalLocked) {
        r.idNumber = mIdNumber->text();
        r.phone = mPhone->text();
    }
    r.birthDate = mBirthDate->date() == kNoDate ? QDate() : mBirthDate->date();
    r.sex = mSex->currentData().toString();
    r.residenceType = mResidenceType->currentData().toString();
    r.ethnicity = mEthnicity->currentText();
    r.householdId = mHousehold->currentData().toLongLong();
    r.relation = mRelation->currentData().toString();
    r.tags.clear();
    for (int i = 0; i < mTags->count(); ++i) {
        if (mTags->item(i)->checkState() == Qt::Checked)
            r.tags << mTags->item(i)->text();
    }
    r.notes = mNotes->toPlainText();
    return r;
}

void ResidentDialog::clearErrors()
{
    for (QLabel *label : std::as_const(mErrorLabels)) {
        if (label != mIdInfo)
            label->hide();
    }
    mGeneralError->hide();
}

void ResidentDialog::showErrors(const FieldErrors &errors)
{
    clearErrors();
    QStringList general;
    QHash<QString, QStringList> byField;
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        if (!mErrorLabels.contains(e.field)) {
            general << e.message;
            continue;
        }
        byField[e.field] << e.message;
        if (!first)
            first = mInputs.value(e.field);
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        QLabel *label = mErrorLabels.value(it.key());
        label->setText(it.value().join(QLatin1Char('\n')));
        setErrorStyle(label);
        label->show();
    }
    mGeneralError->setText(general.join(QLatin1Char('\n')));
    mGeneralError->setVisible(!general.isEmpty());
    if (first && first->isEnabled())
        first->setFocus();
}

QString ResidentDialog::errorText(const QString &field) const
{
    const QLabel *label = field.isEmpty() ? mGeneralError : mErrorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ResidentDialog::accept()
{
    const Resident input = collect();
    ResidentService service(mDb, mSession);
    try {
        if (input.id == 0) {
            const Result<qint64> created = service.create(input);
            if (!created) {
                showErrors(created.errors());
                return;
            }
            mResident = input;
            mResident.id = created.value();
        } else {
            const Status updated = service.update(input);
            if (!updated && isConflict(updated.errors())) {
                clearErrors();
                if (reloadAfterConflict(updated.errors()))
                    emit reloaded();
                return;
            }
            if (!updated) {
                showErrors(updated.errors());
                return;
            }
            mResident = input;
        }
    } catch (const DbError &error) {
        QMessageBox::critical(this, tr("Cannot save"), error.message());
        return; // the form stays as typed
    }
    QDialog::accept();
}

} // namespace jy
