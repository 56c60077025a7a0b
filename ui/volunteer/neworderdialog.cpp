#include "volunteer/neworderdialog.h"
#include "common/fielderrors.h"
#include "accounts/session.h"
#include "db/dberror.h"
#include "places/placestore.h"
#include "residents/rosterquery.h"
#include "volunteer/catalogue.h"
#include "volunteer/channelnames.h"
#include "volunteer/orderservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace jy {

namespace {

constexpr int kResults = 20;
enum { ResidentIdRole = Qt::UserRole + 1, CommunityRole, AddressRole };

} // namespace

NewOrderDialog::NewOrderDialog(Database &db, const Session &session, qint64 communityId, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("NewOrderDialog"));
    setWindowTitle(tr("New order"));

    mSearch = new QLineEdit;
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setPlaceholderText(tr("Name, pinyin initials, phone or 3-2-401"));
    mSearch->setClearButtonEnabled(true);
    mResults = new QListWidget;
    mResults->setObjectName(QStringLiteral("results"));
    mResults->setMaximumHeight(mResults->fontMetrics().height() * 6);
    mName = new QLineEdit;
    mName->setObjectName(QStringLiteral("requesterName"));
    mName->setPlaceholderText(tr("Choose from the roster, or type a caller's name"));
    mPhone = new QLineEdit;
    mPhone->setObjectName(QStringLiteral("requesterPhone"));
    mCommunity = new QComboBox;
    mCommunity->setObjectName(QStringLiteral("community"));
    mCategory = new QComboBox;
    mCategory->setObjectName(QStringLiteral("category"));
    mItem = new QComboBox;
    mItem->setObjectName(QStringLiteral("item"));
    mAddress = new QLineEdit;
    mAddress->setObjectName(QStringLiteral("address"));
    mHasWish = new QCheckBox(tr("at"));
    mHasWish->setObjectName(QStringLiteral("hasWish"));
    mWished = new QDateTimeEdit(QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
    mWished->setObjectName(QStringLiteral("wished"));
    mWished->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    mWished->setCalendarPopup(true);
    mWished->setEnabled(false);
    mNotes = new QPlainTextEdit;
    mNotes->setObjectName(QStringLiteral("notes"));
    mNotes->setTabChangesFocus(true);
    mNotes->setFixedHeight(mNotes->fontMetrics().height() * 3 + 12);
    mChannel = new QComboBox;
    mChannel->setObjectName(QStringLiteral("channel"));
    for (const QString &channel : orderChannels())
        mChannel->addItem(channelName(channel), channel);

    try {
        for (const Place &c : PlaceStore(db).communities())
            mCommunity->addItem(c.name, c.id);
        for (const ServiceCategory &c : CatalogueService(db, session).categories(true))
            mCategory->addItem(c.name, c.id);
    } catch (const DbError &error) {
        // Shown below; the dialog still opens so the user sees why it cannot be used.
        QTimer::singleShot(0, this, [this, message = error.message()] { showErrors({{QString(), message}}); });
    }
    if (communityId)
        mCommunity->setCurrentIndex(qMax(0, mCommunity->findData(communityId)));
    fillItems();

    auto *form = new QFormLayout;
    form->addRow(tr("&Find resident"), mSearch);
    form->addRow(QString(), mResults);
    form->addRow(tr("&Requester"), mName);
    form->addRow(QString(), mErrors.add(QStringLiteral("requester")));
    form->addRow(tr("&Phone"), mPhone);
    form->addRow(QString(), mErrors.add(QStringLiteral("phone")));
    form->addRow(tr("Co&mmunity"), mCommunity);
    form->addRow(QString(), mErrors.add(QStringLiteral("community")));
    auto *service = new QHBoxLayout;
    service->addWidget(mCategory);
    service->addWidget(mItem, 1);
    auto *serviceLabel = new QLabel(tr("&Service"));
    serviceLabel->setBuddy(mCategory);
    form->addRow(serviceLabel, service);
    form->addRow(QString(), mErrors.add(QStringLiteral("item")));
    form->addRow(tr("&Address"), mAddress);
    auto *wish = new QHBoxLayout;
    wish->addWidget(mHasWish);
    wish->addWidget(mWished, 1);
    auto *wishLabel = new QLabel(tr("&Wished time"));
    wishLabel->setBuddy(mHasWish);
    form->addRow(wishLabel, wish);
    form->addRow(tr("N&otes"), mNotes);
    form->addRow(tr("&Channel"), mChannel);
    form->addRow(QString(), mErrors.add(QStringLiteral("channel")));

    mGeneralError = FieldErrorLabels::errorLabel();
    mGeneralError->setObjectName(QStringLiteral("errors"));
    mGeneralError->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register order"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(session.can(Permission::PlaceOrders));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewOrderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mGeneralError);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    mDebounce = new QTimer(this);
    mDebounce->setSingleShot(true);
    mDebounce->setInterval(250);
    connect(mDebounce, &QTimer::timeout, this, &NewOrderDialog::search);
    connect(mSearch, &QLineEdit::textChanged, mDebounce, qOverload<>(&QTimer::start));
    connect(mSearch, &QLineEdit::returnPressed, this, [this] {
        mDebounce->stop();
        search();
        if (mResults->count() > 0)
            mResults->setFocus();
    });
    connect(mResults, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { pickResident(mResults->row(item)); });
    connect(mResults, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { pickResident(mResults->row(item)); });
    // A name typed by hand is a caller who is not (or not yet) on the roster.
    connect(mName, &QLineEdit::textEdited, this, [this] { mResidentId = 0; });
    connect(mCategory, &QComboBox::currentIndexChanged, this, &NewOrderDialog::fillItems);
    connect(mHasWish, &QCheckBox::toggled, mWished, &QWidget::setEnabled);
    mSearch->setFocus();
}

void NewOrderDialog::fillItems()
{
    mItem->clear();
    const qint64 category = mCategory->currentData().toLongLong();
    if (!category)
        return;
    try {
        for (const ServiceItem &item : CatalogueService(mDb, mSession).items(category, true))
            mItem->addItem(item.name, item.id);
    } catch (const DbError &error) {
        showErrors({{QString(), error.message()}});
    }
}

void NewOrderDialog::search()
{
    mResults->clear();
    const QString text = mSearch->text().trimmed();
    if (text.isEmpty())
        return;
    RosterFilter filter;
    filter.text = text;
    QList<RosterRow> rows;
    try {
        rows = RosterQuery(mDb, mSession).page(filter, 0, kResults);
    } catch (const DbError &error) {
        showErrors({{QString(), error.message()}});
        return;
    }
    const bool reveal = mSession.can(Permission::ViewPersonalData);
    for (const RosterRow &row : std::as_const(rows)) {
        const RosterRow shown = reveal ? row : row.masked();
        QStringList parts{row.name};
        if (!row.address.isEmpty())
            parts << row.address;
        if (!shown.phone.isEmpty())
            parts << shown.phone;
        if (!row.tags.isEmpty())
            parts << row.tags.join(QLatin1Char(' '));
        auto *item = new QListWidgetItem(parts.join(QStringLiteral("  ")), mResults);
        item->setData(ResidentIdRole, row.id);
        item->setData(CommunityRole, row.community);
        item->setData(AddressRole, row.address);
        item->setData(Qt::UserRole, row.name);
    }
    if (rows.isEmpty())
        mResults->addItem(tr("Nobody on the roster matches; type the caller's name and phone below."));
}

void NewOrderDialog::pickResident(int row)
{
    QListWidgetItem *item = mResults->item(row);
    if (!item || !item->data(ResidentIdRole).toLongLong())
        return;
    mResidentId = item->data(ResidentIdRole).toLongLong();
    mName->setText(item->data(Qt::UserRole).toString());
    mPhone->clear();
    mPhone->setPlaceholderText(tr("from the roster, or another number to call"));
    if (mAddress->text().isEmpty() || !mAddress->isModified())
        mAddress->setText(item->data(AddressRole).toString());
    const int community = mCommunity->findText(item->data(CommunityRole).toString());
    if (community >= 0)
        mCommunity->setCurrentIndex(community);
}

void NewOrderDialog::showErrors(const FieldErrors &errors)
{
    mErrors.show(errors, mGeneralError);
}

void NewOrderDialog::accept()
{
    ServiceOrder order;
    order.residentId = mResidentId;
    order.requesterName = mName->text().trimmed();
    order.requesterPhone = mPhone->text().trimmed();
    order.communityId = mCommunity->currentData().toLongLong();
    order.itemId = mItem->currentData().toLongLong();
    order.address = mAddress->text().trimmed();
    if (mHasWish->isChecked())
        order.wishedAt = mWished->dateTime().toUTC();
    order.notes = mNotes->toPlainText().trimmed();
    order.channel = mChannel->currentData().toString();
    try {
        const Result<qint64> id = OrderService(mDb, mSession).submit(order);
        if (!id) {
            showErrors(id.errors());
            return;
        }
        mOrderId = id.value();
    } catch (const DbError &error) {
        showErrors({{QString(), error.message()}});
        return;
    }
    QDialog::accept();
}

} // namespace jy
