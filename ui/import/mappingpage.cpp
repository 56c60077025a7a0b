#include "import/mappingpage.h"
#include "import/fieldlabels.h"
#include "import/headermatcher.h"
#include "import/importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jy {

namespace {
enum Column { HeaderColumn, SampleColumn, FieldColumn };
constexpr int kSamples = 3;
} // namespace

MappingPage::MappingPage(ImportWizard *wizard)
    : QWizardPage(wizard), mWizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Each column of the sheet and what it holds. Columns set to \"not imported\" are left out."));
    mColumns = new QTableWidget(0, 3);
    mColumns->setObjectName(QStringLiteral("columns"));
    mColumns->setHorizontalHeaderLabels({tr("Column in the sheet"), tr("Examples"), tr("Import as")});
    mColumns->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    mColumns->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    mColumns->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    mColumns->verticalHeader()->hide();
    mColumns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mColumns->setSelectionMode(QAbstractItemView::NoSelection);
    mStatus = new QLabel;
    mStatus->setObjectName(QStringLiteral("status"));
    mStatus->setWordWrap(true);
    mRemember = new QCheckBox(tr("&Remember this matching for files with the same column names"));
    mRemember->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mColumns, 1);
    layout->addWidget(mStatus);
    layout->addWidget(mRemember);
}

void MappingPage::initializePage()
{
    const QStringList &headers = mWizard->headers;
    int columns = int(headers.size());
    for (const QStringList &row : std::as_const(mWizard->sampleRows))
        columns = std::max(columns, int(row.size()));
    mColumns->setRowCount(columns);
    const QHash<int, QString> &mapping = mWizard->request.mapping;
    for (int c = 0; c < columns; ++c) {
        const QString header = headers.value(c).trimmed();
        auto *name = new QTableWidgetItem(header.isEmpty() ? tr("(column %1, no name)").arg(c + 1) : header);
        mColumns->setItem(c, HeaderColumn, name);
        QStringList samples;
        for (const QStringList &row : std::as_const(mWizard->sampleRows)) {
            if (!row.value(c).trimmed().isEmpty())
                samples << row.value(c).trimmed();
            if (samples.size() == kSamples)
                break;
        }
        mColumns->setItem(c, SampleColumn, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto *field = new QComboBox;
        field->setObjectName(QStringLiteral("field%1").arg(c));
        field->addItem(tr("(not imported)"), QString());
        for (const auto &[key, names] : HeaderMatcher::fields())
            field->addItem(importFieldLabel(key), key);
        field->setCurrentIndex(std::max(0, field->findData(mapping.value(c))));
        connect(field, &QComboBox::currentIndexChanged, this, &MappingPage::mappingChanged);
        mColumns->setCellWidget(c, FieldColumn, field);
    }
    mappingChanged();
}

QHash<int, QString> MappingPage::chosenMapping() const
{
    QHash<int, QString> mapping;
    for (int c = 0; c < mColumns->rowCount(); ++c) {
        const auto *field = qobject_cast<QComboBox *>(mColumns->cellWidget(c, FieldColumn));
        if (field && !field->currentData().toString().isEmpty())
            mapping.insert(c, field->currentData().toString());
    }
    return mapping;
}

void MappingPage::mappingChanged()
{
    const QHash<int, QString> mapping = chosenMapping();
    QStringList problems;
    QStringList doubled;
    for (const QString &field : mapping) {
        if (mapping.keys(field).size() > 1 && !doubled.contains(importFieldLabel(field)))
            doubled << importFieldLabel(field);
    }
    if (!doubled.isEmpty())
        problems << tr("Two columns are set to %1: choose one.").arg(doubled.join(QStringLiteral("、")));
    const QList<QString> fields = mapping.values();
    if (!fields.contains(QStringLiteral("name")))
        problems << tr("Choose the column that holds the names.");
    if (!fields.contains(QStringLiteral("id_number")) && !fields.contains(QStringLiteral("birth_date")))
        problems << tr("Choose the column with ID numbers (or, without them, the birth dates).");
    for (QString &p : problems)
        p = p.toHtmlEscaped();
    mStatus->setText(problems.isEmpty()
                         ? tr("%n column(s) will be imported.", nullptr, int(mapping.size()))
                         : QStringLiteral("<span style='color:#b00020'>%1</span>").arg(problems.join(QStringLiteral("<br>"))));
    setProperty("valid", problems.isEmpty());
    emit completeChanged();
}

bool MappingPage::isComplete() const
{
    return property("valid").toBool();
}

bool MappingPage::validatePage()
{
    mWizard->request.mapping = chosenMapping();
    mWizard->rememberMapping = mRemember->isChecked();
    return true;
}

} // namespace jy
