#include "volunteer/cataloguedialog.h"
#include "common/conflict.h"
#include "accounts/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QCheckBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jy {

CatalogueDialog::CatalogueDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session), mCatalogue(db, session)
{
    setWindowTitle(tr("Service catalogue"));
    setObjectName(QStringLiteral("CatalogueDialog"));
    resize(820, 520);

    mCategoryList = new QListWidget;
    mCategoryList->setObjectName(QStringLiteral("categories"));
    mItemTable = new QTableWidget(0, 4);
    mItemTable->setObjectName(QStringLiteral("items"));
    mItemTable->setHorizontalHeaderLabels({tr("Service"), tr("Points rule"), tr("Points"), tr("On the shelf")});
    mItemTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mItemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mItemTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mItemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mItemTable->verticalHeader()->hide();

    const auto button = [this](const QString &text, void (CatalogueDialog::*slot)()) {
        auto *b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, slot);
        mEditButtons << b;
        return b;
    };
    auto *categoryButtons = new QHBoxLayout;
    categoryButtons->addWidget(button(tr("New category…"), &CatalogueDialog::addCategory));
    categoryButtons->addWidget(button(tr("Rename…"), &CatalogueDialog::renameCategory));
    categoryButtons->addWidget(button(tr("On/off shelf"), &CatalogueDialog::toggleCategory));
    auto *itemButtons = new QHBoxLayout;
    auto *newItem = new QPushButton(tr("New service…"));
    connect(newItem, &QPushButton::clicked, this, [this] { editItem(true); });
    mEditButtons << newItem;
    auto *editButton = new QPushButton(tr("Edit…"));
    connect(editButton, &QPushButton::clicked, this, [this] { editItem(false); });
    mEditButtons << editButton;
    itemButtons->addWidget(newItem);
    itemButtons->addWidget(editButton);
    itemButtons->addWidget(button(tr("On/off shelf"), &CatalogueDialog::toggleItem));
    itemButtons->addStretch();

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Categories")));
    left->addWidget(mCategoryList);
    left->addLayout(categoryButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Services of the category")));
    right->addWidget(mItemTable);
    right->addLayout(itemButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    if (!mSession.can(Permission::ManageSupermarket)) {
        auto *note = new QLabel(tr("Your role (%1) may look at the catalogue but not change it.").arg(Session::roleName(mSession.role())));
        note->setWordWrap(true);
        layout->addWidget(note);
        for (QPushButton *b : mEditButtons)
            b->setEnabled(false);
    }
    layout->addWidget(close);

    connect(mCategoryList, &QListWidget::currentRowChanged, this, [this] { reloadItems(); });
    connect(mItemTable, &QTableWidget::cellDoubleClicked, this, [this] {
        if (mSession.can(Permission::ManageSupermarket))
            editItem(false);
    });
    reloadCategories();
}

void CatalogueDialog::reloadCategories(qint64 select)
{
    mCategories = mCatalogue.categories();
    const QSignalBlocker block(mCategoryList);
    mCategoryList->clear();
    int row = 0;
    for (int i = 0; i < mCategories.size(); ++i) {
        const ServiceCategory &c = mCategories.at(i);
        auto *item = new QListWidgetItem(c.active ? c.name : tr("%1 (off the shelf)").arg(c.name), mCategoryList);
        if (!c.active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (c.id == select)
            row = i;
    }
    mCategoryList->setCurrentRow(mCategories.isEmpty() ? -1 : row);
    reloadItems();
}

void CatalogueDialog::reloadItems(qint64 select)
{
    const qint64 category = currentCategoryId();
    mItems = category ? mCatalogue.items(category) : QList<ServiceItem>();
    mItemTable->setRowCount(int(mItems.size()));
    for (int row = 0; row < mItems.size(); ++row) {
        const ServiceItem &i = mItems.at(row);
        mItemTable->setItem(row, 0, new QTableWidgetItem(i.name));
        mItemTable->setItem(row, 1, new QTableWidgetItem(i.pointsRule == points_rule::PerHour ? tr("per hour") : tr("per service")));
        auto *points = new QTableWidgetItem(QString::number(i.points));
        points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mItemTable->setItem(row, 2, points);
        mItemTable->setItem(row, 3, new QTableWidgetItem(i.active ? tr("yes") : tr("no")));
        if (i.id == select)
            mItemTable->selectRow(row);
    }
}

qint64 CatalogueDialog::currentCategoryId() const
{
    const int row = mCategoryList->currentRow();
    return row >= 0 && row < mCategories.size() ? mCategories.at(row).id : 0;
}

qint64 CatalogueDialog::currentItemId() const
{
    const int row = mItemTable->currentRow();
    return row >= 0 && row < mItems.size() ? mItems.at(row).id : 0;
}

void CatalogueDialog::addCategory()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New category"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Result<qint64> saved = mCatalogue.saveCategory({0, name, 0, true});
    if (!saved)
        QMessageBox::warning(this, tr("New category"), saved.errorText());
    else
        reloadCategories(saved.value());
}

void CatalogueDialog::renameCategory()
{
    const int row = mCategoryList->currentRow();
    if (row < 0 || row >= mCategories.size())
        return;
    ServiceCategory c = mCategories.at(row);
    bool ok = false;
    c.name = QInputDialog::getText(this, tr("Rename category"), tr("Name:"), QLineEdit::Normal, c.name, &ok);
    if (!ok)
        return;
    const Result<qint64> saved = mCatalogue.saveCategory(c);
    if (!saved)
        QMessageBox::warning(this, tr("Rename category"), saved.errorText());
    reloadCategories(c.id); // also after a refusal: someone else may have saved it first
}

void CatalogueDialog::toggleCategory()
{
    const int row = mCategoryList->currentRow();
    if (row < 0 || row >= mCategories.size())
        return;
    ServiceCategory c = mCategories.at(row);
    c.active = !c.active;
    const Result<qint64> saved = mCatalogue.saveCategory(c);
    if (!saved)
        QMessageBox::warning(this, windowTitle(), saved.errorText());
    reloadCategories(c.id);
}

Status CatalogueDialog::saveItem(const ServiceItem &item)
{
    const Result<qint64> saved = mCatalogue.saveItem(item);
    if (!saved && isConflict(saved.errors()))
        reloadItems(item.id); // someone else saved it first: the list shows theirs
    if (!saved)
        return saved.errors();
    reloadItems(saved.value());
    return success();
}

void CatalogueDialog::editItem(bool create)
{
    ServiceItem item;
    item.categoryId = currentCategoryId();
    if (!create) {
        const int row = mItemTable->currentRow();
        if (row < 0 || row >= mItems.size())
            return;
        item = mItems.at(row);
    }
    if (!item.categoryId)
        return;
    QDialog form(this);
    form.setWindowTitle(create ? tr("New service") : tr("Edit service"));
    auto *name = new QLineEdit(item.name);
    auto *rule = new QComboBox;
    rule->addItem(tr("per service"), points_rule::PerItem);
    rule->addItem(tr("per hour"), points_rule::PerHour);
    rule->setCurrentIndex(item.pointsRule == points_rule::PerHour ? 1 : 0);
    auto *points = new QSpinBox;
    points->setRange(0, 1000);
    points->setValue(item.points);
    auto *description = new QLineEdit(item.description);
    auto *active = new QCheckBox(tr("On the shelf"));
    active->setChecked(item.active);
    auto *error = new QLabel;
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto *layout = new QFormLayout(&form);
    layout->addRow(tr("&Name:"), name);
    layout->addRow(tr("Points &rule:"), rule);
    layout->addRow(tr("&Points:"), points);
    layout->addRow(tr("&Description:"), description);
    layout->addRow(QString(), active);
    layout->addRow(error);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        item.name = name->text();
        item.pointsRule = rule->currentData().toString();
        item.points = points->value();
        item.description = description->text();
        item.active = active->isChecked();
        const Status saved = saveItem(item);
        if (saved)
            form.accept();
        else
            error->setText(saved.errorText()); // the form stays open: nothing typed is lost
    });
    form.exec();
}

void CatalogueDialog::toggleItem()
{
    const int row = mItemTable->currentRow();
    if (row < 0 || row >= mItems.size())
        return;
    ServiceItem item = mItems.at(row);
    item.active = !item.active;
    const Status saved = saveItem(item);
    if (!saved)
        QMessageBox::warning(this, windowTitle(), saved.errorText());
}

} // namespace jy
