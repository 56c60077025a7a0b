#pragma once
#include <QIcon>
#include <QWidget>

class QSettings;

namespace jy {

class ListCommands;

// One module of the main window (overview, residents, …): it brings its own widgets, actions
// and status text, so MainWindow only switches between pages and stays a shell.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // One of our page icons (resources/icons/pages/NAME.svg), at every size it is shipped in, so
    // the sidebar stays sharp at 100 %, 150 %, 200 % and 300 % scaling.
    static QIcon pageIcon(const QString &name);
    virtual QString statusText() const { return {}; }
    // The page is about to be shown: re-read what other pages may have changed.
    virtual void activate() {}
    // Splitter and header states, under the page's own settings group.
    virtual void saveSettings(QSettings &settings) const { Q_UNUSED(settings); }
    virtual void restoreSettings(QSettings &settings) { Q_UNUSED(settings); }
    // The list that Edit ▸ Find / New record / Print list act on now: the page's own, its current
    // tab's, or null when the page shows no list. Emit listCommandsChanged() when that changes.
    virtual ListCommands *listCommands() { return nullptr; }

signals:
    void statusTextChanged(const QString &text);
    // A transient message for the status bar ("张三 saved").
    void message(const QString &text);
    // Another tab became current, or what its list may do changed (see listCommands()).
    void listCommandsChanged();
};

} // namespace jy
