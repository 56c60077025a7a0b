#pragma once
#include "common/fielderrors.h"
#include "common/result.h"
#include "honors/honor.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace jy {

class Database;
class Session;

// Enter or edit one honor. OK saves through HonorService; field errors appear under their fields
// and the dialog stays open, so nothing typed is lost.
class HonorDialog : public QDialog
{
    Q_OBJECT

public:
    HonorDialog(Database &db, const Session &session, const Honor &honor, QWidget *parent = nullptr);

    Honor collect() const;
    qint64 honorId() const { return mHonor.id; }
    QString errorText(const QString &field) const;

public slots:
    void accept() override;

private:
    void fill(const Honor &honor);

    Database &mDb;
    const Session &mSession;
    Honor mHonor;
    QSpinBox *mYear = nullptr;
    QLineEdit *mTitle = nullptr;
    QComboBox *mLevel = nullptr;
    QComboBox *mKind = nullptr;
    QLineEdit *mRecipient = nullptr;
    QLineEdit *mAwardedBy = nullptr;
    QDateEdit *mAwardedOn = nullptr;
    QComboBox *mCommunity = nullptr;
    QPlainTextEdit *mNotes = nullptr;
    FieldErrorLabels mErrors;
    QLabel *mGeneralError = nullptr;
};

} // namespace jy
