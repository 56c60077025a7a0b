#pragma once
#include <QIcon>
#include <QWidget>

class QSettings;

namespace jy {

// One module of the main window (overview, residents, …): it brings its own widgets, actions
// and status text, so MainWindow only switches between pages and stays a shell.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual QString statusText() const { return {}; }
    // The page is about to be shown: re-read what other pages may have changed.
    virtual void activate() {}
    // Splitter and header states, under the page's own settings group.
    virtual void saveSettings(QSettings &settings) const { Q_UNUSED(settings); }
    virtual void restoreSettings(QSettings &settings) { Q_UNUSED(settings); }

signals:
    void statusTextChanged(const QString &text);
    // A transient message for the status bar ("张三 saved").
    void message(const QString &text);
};

} // namespace jy
