#pragma once

#include "cli/commandline.h"
#include "support/urlcatcher.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QAbstractButton;
class QWidget;

namespace pk {
class AppShell;
class MainWindow;
} // namespace pk

namespace pk::test {

// A whole app in a temporary folder, walked through the way a person would: the home doors,
// the quiet links and the pause's own buttons. Screens built on first use are built by that.
// Links and dialogs stay inside the test: tel:/https: are caught, modal dialogs are closed.
class AccessTour
{
public:
    explicit AccessTour(const QString &language = QStringLiteral("en"));
    ~AccessTour();

    AppShell *shell() const { return m_shell.get(); }
    MainWindow *window() const;

    // Every screen and every step of the pause, by id ("home", "settings", "pause.checkin" ...).
    static QStringList places();
    // Opens a place from home, in the language in use; false (and a message) when the way
    // there failed.
    bool open(const QString &place);
    // Back to the home screen from anywhere.
    void home();
    void setLanguage(const QString &code);
    // Lets pending layouts and shows happen, as they would before a person could press a key.
    static void settle();

    // The visible button showing this text or accessible name, or nullptr.
    QAbstractButton *button(const QString &text) const;
    // True when the whole widget is on screen: inside its window and inside every scroll area
    // around it, with nothing to scroll.
    static bool wholeInView(const QWidget *widget);
    // The window that has the keyboard now (the main window, or a dialog on top of it).
    QWidget *activeWindow() const;
    QString problem() const { return m_problem; }
    bool isReady() const { return m_ready; }

private:
    bool click(QAbstractButton *button, const char *what);
    bool openPause(const QString &step);

    QTemporaryDir m_dir;
    UrlCatcher m_urls;
    std::unique_ptr<AppShell> m_shell;
    QString m_problem;
    bool m_ready = false;
};

// Closes every modal dialog that opens while it lives (a file dialog, a question), by
// rejecting it, so that a test pressing every button never waits for a person.
class DialogCloser
{
public:
    DialogCloser();
    ~DialogCloser();
    int closed() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pk::test
