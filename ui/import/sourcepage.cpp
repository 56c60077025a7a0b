#include "import/sourcepage.h"
#include "import/headermatcher.h"
#include "import/importwizard.h"
#include "import/mappingmemory.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jy {

namespace {
constexpr int kPreviewRows = 40;
}

SourcePage::SourcePage(ImportWizard *wizard)
    : QWizardPage(wizard), mWizard(wizard)
{
    setTitle(tr("Choose the roster file"));
    setSubTitle(tr("An Excel or WPS workbook (.xlsx) or a CSV file. Title rows above the table are fine: pick the row "
                   "that holds the column names."));

    mPath = new QLineEdit;
    mPath->setObjectName(QStringLiteral("path"));
    mPath->setPlaceholderText(tr("Path of an .xlsx or .csv file"));
    registerField(QStringLiteral("path*"), mPath);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browse);

    mSheet = new QComboBox;
    mSheet->setObjectName(QStringLiteral("sheet"));
    mHeaderRow = new QSpinBox;
    mHeaderRow->setObjectName(QStringLiteral("headerRow"));
    mHeaderRow->setRange(1, kPreviewRows);
    mStatus = new QLabel;
    mStatus->setObjectName(QStringLiteral("status"));
    mStatus->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Sheet:"), mSheet);
    form->addRow(tr("&Header row:"), mHeaderRow);
    qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(mPath);

    mPreview = new QTableWidget;
    mPreview->setObjectName(QStringLiteral("preview"));
    mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mPreview->setSelectionBehavior(QAbstractItemView::SelectRows);
    mPreview->setSelectionMode(QAbstractItemView::SingleSelection);
    mPreview->horizontalHeader()->setDefaultSectionSize(110);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mStatus);
    layout->addWidget(mPreview, 1);

    connect(browse, &QPushButton::clicked, this, &SourcePage::browse);
    connect(mPath, &QLineEdit::editingFinished, this, &SourcePage::openFile);
    connect(mPath, &QLineEdit::textChanged, this, [this] {
        mOpened = false;
        emit completeChanged();
    });
    connect(mSheet, &QComboBox::currentIndexChanged, this, &SourcePage::loadSheet);
    connect(mHeaderRow, &QSpinBox::valueChanged, this, &SourcePage::showHeaderRow);
    // Clicking a row in the preview makes it the header row.
    connect(mPreview, &QTableWidget::cellClicked, this, [this](int row) { mHeaderRow->setValue(row + 1); });
}

void SourcePage::browse()
{
    const QString start = mPath->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                  : QFileInfo(mPath->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the roster file"), start,
                                                      tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    mPath->setText(QDir::toNativeSeparators(path));
    openFile();
}

void SourcePage::openFile()
{
    mOpened = false;
    mTop.clear();
    mSheet->blockSignals(true);
    mSheet->clear();
    mSheet->blockSignals(false);
    mPreview->clear();
    mPreview->setRowCount(0);
    const QString path = QDir::fromNativeSeparators(mPath->text().trimmed());
    if (path.isEmpty()) {
        emit completeChanged();
        return;
    }
    if (!mWizard->source().open(path)) {
        mStatus->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(mWizard->source().error().toHtmlEscaped()));
        emit completeChanged();
        return;
    }
    mSheet->blockSignals(true);
    mSheet->addItems(mWizard->source().sheetNames());
    mSheet->blockSignals(false);
    mSheet->setEnabled(mSheet->count() > 1);
    loadSheet();
}

void SourcePage::loadSheet()
{
    mOpened = false;
    mTop = mWizard->source().preview(std::max(0, mSheet->currentIndex()), kPreviewRows);
    if (!mWizard->source().error().isEmpty()) {
        mStatus->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(mWizard->source().error().toHtmlEscaped()));
        emit completeChanged();
        return;
    }
    int columns = 0;
    for (const QStringList &row : std::as_const(mTop))
        columns = std::max(columns, int(row.size()));
    mPreview->setRowCount(int(mTop.size()));
    mPreview->setColumnCount(columns);
    for (int r = 0; r < mTop.size(); ++r) {
        for (int c = 0; c < mTop.at(r).size(); ++c)
            mPreview->setItem(r, c, new QTableWidgetItem(mTop.at(r).at(c)));
    }
    mOpened = !mTop.isEmpty();
    const HeaderMatcher::Match match = HeaderMatcher::find(mTop, kPreviewRows);
    mHeaderRow->blockSignals(true);
    mHeaderRow->setValue(match.isValid() ? match.headerRow + 1 : 1);
    mHeaderRow->blockSignals(false);
    showHeaderRow();
    if (!match.isValid())
        mStatus->setText(tr("No row with 姓名 and other known column names was found: choose the header row yourself."));
    else
        mStatus->setText(tr("Row %1 looks like the header row. Click another row to change it.").arg(match.headerRow + 1));
    emit completeChanged();
}

void SourcePage::showHeaderRow()
{
    const int header = mHeaderRow->value() - 1;
    for (int r = 0; r < mPreview->rowCount(); ++r) {
        for (int c = 0; c < mPreview->columnCount(); ++c) {
            QTableWidgetItem *item = mPreview->item(r, c);
            if (!item)
                continue;
            QFont font = item->font();
            font.setBold(r == header);
            item->setFont(font);
            item->setBackground(r == header ? QColor(0xdd, 0xea, 0xf7) : (r < header ? QColor(0xf2, 0xf2, 0xf2) : QColor(Qt::white)));
            item->setForeground(r < header ? QColor(0x80, 0x80, 0x80) : QColor(Qt::black));
        }
    }
    emit completeChanged();
}

bool SourcePage::isComplete() const
{
    return mOpened && mHeaderRow->value() - 1 < mTop.size() && !mTop.at(mHeaderRow->value() - 1).isEmpty();
}

bool SourcePage::validatePage()
{
    const int header = mHeaderRow->value() - 1;
    ImportRequest &request = mWizard->request;
    request.path = QDir::fromNativeSeparators(mPath->text().trimmed());
    request.sheet = mSheet->currentText();
    request.headerRow = header;
    request.options.source = QFileInfo(request.path).fileName();
    mWizard->headers = mTop.at(header);
    mWizard->sampleRows = mTop.mid(header + 1);
    // A mapping corrected by hand for these headers before wins over matching by name.
    request.mapping = MappingMemory(mWizard->database()).recall(mWizard->headers);
    if (request.mapping.isEmpty())
        request.mapping = HeaderMatcher::map(mWizard->headers);
    return true;
}

} // namespace jy
