#include "settings/settingsdialog.h"
#include "db/connectionstring.h"
#include "firstrun/firstrunwizard.h"
#include "i18n/translations.h"
#include "settings/serverconnectiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace jy {

SettingsDialog::SettingsDialog(const QString &databaseLocation, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));

    mLanguage = new QComboBox;
    mLanguage->setObjectName(QStringLiteral("language"));
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    mLanguage->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    mLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString saved = savedLanguage();
    // Nothing saved yet: show the language the interface is in now.
    const QString current = QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
    setLanguage(saved.isEmpty() ? current : saved);

    auto *restartNote = new QLabel(tr("A new language applies when Jiayuan is started again. "
                                      "The --lang option and the JIAYUAN_LANG variable override this choice."));
    restartNote->setWordWrap(true);

    auto *database = new QLabel(QDir::toNativeSeparators(databaseLocation));
    database->setObjectName(QStringLiteral("databaseLocation"));
    database->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    database->setWordWrap(true);

    // The street's shared server instead of this computer's file, from the next start on.
    auto *useServer = new QPushButton(tr("Use the street's &server…"));
    useServer->setObjectName(QStringLiteral("useServer"));
    auto *useFile = new QPushButton(tr("Use a &file on this computer"));
    useFile->setObjectName(QStringLiteral("useFile"));
    useFile->setEnabled(isServerAddress(QSettings().value(FirstRunWizard::settingsKey()).toString()));
    auto *switchNote = new QLabel;
    switchNote->setWordWrap(true);
    connect(useServer, &QPushButton::clicked, this, [this, database, useFile, switchNote] {
        const QString saved = QSettings().value(FirstRunWizard::settingsKey()).toString();
        ServerConnectionDialog dialog(isServerAddress(saved) ? parseConnection(saved) : ConnectionSettings{}, QString(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QSettings().setValue(FirstRunWizard::settingsKey(), dialog.address());
        database->setText(dialog.address());
        useFile->setEnabled(true);
        switchNote->setText(tr("Jiayuan opens the server's database when it is started again."));
    });
    connect(useFile, &QPushButton::clicked, this, [database, useFile, switchNote] {
        QSettings().remove(FirstRunWizard::settingsKey());
        database->setText(tr("a file on this computer, chosen at the next start"));
        useFile->setEnabled(false);
        switchNote->setText(tr("At the next start Jiayuan opens its file in the application data folder, or asks where to keep one."));
    });
    auto *switchRow = new QHBoxLayout;
    switchRow->addWidget(useServer);
    switchRow->addWidget(useFile);
    switchRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), mLanguage);
    form->addRow(QString(), restartNote);
    form->addRow(tr("Data is kept in:"), database);
    form->addRow(QString(), switchRow);
    form->addRow(QString(), switchNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString SettingsDialog::language() const
{
    return mLanguage->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &language)
{
    const int index = mLanguage->findData(language);
    mLanguage->setCurrentIndex(index >= 0 ? index : 0);
}

void SettingsDialog::accept()
{
    saveLanguage(language());
    QDialog::accept();
}

} // namespace jy
