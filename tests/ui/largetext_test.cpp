// Every screen, every step of the pause and every question at 200 % text on a 1024x568 work area
// (a 1024x600 laptop with a top bar), in every language that has a translation (issue #11 item 2,
// issue #10 item 9): no label or button is squeezed below what its text needs, nothing outside a
// scroll area runs off the window, and the breathing circle keeps at least a third of the short
// side.
#include "accesstour.h"
#include "breathing/breathcircle.h"
#include "common/theme.h"
#include "settings/settings.h"
#include "shell/appshell.h"
#include "shell/mainwindow.h"
#include "usage/usagelog.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleOptionFrame>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>
#include <set>

using namespace pk;

namespace {

constexpr QSize Small(1024, 568);

bool insideScrollArea(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(w))
            return true;
    }
    return false;
}

QString describe(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 \"%2\" %3x%4")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(40))
        .arg(widget->width())
        .arg(widget->height());
}

// What the text of a label or button needs at its width; an empty size for other widgets.
QSize neededFor(QWidget *widget, QString *text)
{
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        *text = button->text();
        // A button that wraps its words needs its longest word and its height at this width.
        if (button->hasHeightForWidth())
            return {button->minimumSizeHint().width(), button->heightForWidth(button->width())};
        return button->sizeHint();
    }
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        // An empty field shows its hint whole: "Phone number" cut to "Telefoonnu" is no hint
        // at all. (What is typed may scroll, as in any field.)
        if (!edit->text().isEmpty())
            return {};
        *text = edit->placeholderText();
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->rect();
        option.lineWidth =
            edit->hasFrame()
                ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                : 0;
        const QRect inside =
            edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        const QMargins margins = edit->textMargins();
        const int frame = edit->width() - inside.width() + margins.left() + margins.right() + 4;
        return {edit->fontMetrics().horizontalAdvance(*text) + frame, 0};
    }
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        if (!label->pixmap().isNull())
            return {};
        *text = label->text();
        return label->wordWrap()
                   ? QSize(0, label->heightForWidth(label->width()))
                   : QSize(label->minimumSizeHint().width(), label->sizeHint().height());
    }
    return {};
}

// Clipped text, and widgets outside a scroll area that run off the window.
QStringList problemsOn(QWidget *window)
{
    QStringList problems;
    const QRect room = window->rect();
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->width() <= 0 || widget->isWindow())
            continue;
        QString text;
        const QSize needed = neededFor(widget, &text);
        if (text.isEmpty())
            continue;
        if (needed.width() > widget->width() + 1 || needed.height() > widget->height() + 1)
            problems << QStringLiteral("clipped: %1, needs %2x%3")
                            .arg(describe(widget, text))
                            .arg(needed.width())
                            .arg(needed.height());
        if (!insideScrollArea(widget, window)) {
            const QRect place(widget->mapTo(window, QPoint(0, 0)), widget->size());
            if (!room.contains(place))
                problems << QStringLiteral("off the window: %1 at %2,%3")
                                .arg(describe(widget, text))
                                .arg(place.x())
                                .arg(place.y());
        }
    }
    return problems;
}

// The main action of a pause step: what has the keyboard when it opens, and its default button.
QList<QWidget *> mainActions(QWidget *window)
{
    QList<QWidget *> actions;
    if (QWidget *focus = QApplication::focusWidget())
        actions.append(focus);
    for (QPushButton *button : window->findChildren<QPushButton *>()) {
        if (button->isDefault() && button->isVisibleTo(window) && !actions.contains(button))
            actions.append(button);
    }
    return actions;
}

// Dutch, German and Arabic always (the three), and every language with a translation.
std::vector<std::string> languages()
{
    std::set<std::string> codes{"de", "nl", "ar"};
    const QDir folder(QStringLiteral(PAUZEKNOP_SOURCE_DIR "/translations"));
    for (const QString &file : folder.entryList({QStringLiteral("pauzeknop_*.ts")}, QDir::Files))
        codes.insert(
            file.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0).toStdString());
    return {codes.cbegin(), codes.cend()};
}

constexpr qint64 Day = 86'400;

// Pauses 200 days ago and today: My pauses shows its charts, and a shorter record has pauses
// to delete (so its question is asked).
void storePauses(UsageLog *log)
{
    const qint64 now = log->nowSeconds();
    qint64 clock = now - 200 * Day;
    log->setClock([&clock] { return clock; });
    for (int i = 0; i < 3; ++i)
        log->record(UsageEvent::PauseStarted, QStringLiteral("home"));
    clock = now;
    log->record(UsageEvent::PauseStarted, QStringLiteral("home"));
    log->record(UsageEvent::CheckIn, QStringLiteral("calmer"));
    log->record(UsageEvent::BreathingCompleted, QStringLiteral("calm"), 120);
    log->setClock([now] { return now; });
    ASSERT_TRUE(log->flush());
}

// Looks at the question the next action opens, then answers "keep"; false when none came.
bool checkNextQuestion(const std::function<void()> &action)
{
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = true;
        test::AccessTour::settle();
        EXPECT_LE(dialog->width(), Small.width()) << "the question is wider than the screen";
        EXPECT_LE(dialog->height(), Small.height()) << "the question is taller than the screen";
        for (const QString &problem : problemsOn(dialog))
            ADD_FAILURE() << "question: " << problem.toStdString();
        dialog->reject();
    });
    action();
    return asked;
}

} // namespace

class EveryLanguage : public ::testing::TestWithParam<std::string>
{};

TEST_P(EveryLanguage, EveryScreenStepAndQuestionFitsA1024x568WindowAt200Percent)
{
    const QString language = QString::fromStdString(GetParam());
    test::AccessTour tour(language);
    ASSERT_TRUE(tour.isReady()) << tour.problem().toStdString();
    storePauses(tour.shell()->usageLog());
    tour.shell()->settings()->setValue(Settings::Key::TextScale, 200);
    MainWindow *window = tour.window();
    for (const QString &place : test::AccessTour::places()) {
        SCOPED_TRACE(place.toStdString());
        ASSERT_TRUE(tour.open(place)) << tour.problem().toStdString();
        // Full screen has no meaning offscreen: every screen must fit the 1024x568 window,
        // whose minimum size must allow it.
        window->showNormal();
        window->resize(Small);
        test::AccessTour::settle();
        QWidget *shown = tour.activeWindow();
        if (shown == window) {
            EXPECT_EQ(window->size(), Small);
        }
        for (const QString &problem : problemsOn(shown))
            ADD_FAILURE() << problem.toStdString();
        if (place.startsWith(QLatin1String("pause."))) {
            // The step's main action needs no scrolling.
            for (QWidget *action : mainActions(window)) {
                EXPECT_TRUE(test::AccessTour::wholeInView(action))
                    << "main action out of view: " << action->accessibleName().toStdString();
            }
        }
        if (place == QLatin1String("pause.safefirst")) {
            // "Never shake a baby" is read without scrolling.
            for (QLabel *label : window->findChildren<QLabel *>()) {
                if (label->property("neverShake").toBool() && label->isVisible()) {
                    EXPECT_TRUE(test::AccessTour::wholeInView(label))
                        << "out of view: " << label->text().toStdString();
                }
            }
        }
        if (place == QLatin1String("pause.breathing")) {
            auto *circle = window->findChild<BreathCircle *>();
            ASSERT_NE(circle, nullptr);
            EXPECT_GE(std::min(circle->width(), circle->height()), Small.height() / 3);
        }
        tour.home();
    }

    // The two questions before pauses are deleted grow with their text.
    ASSERT_TRUE(tour.open(QStringLiteral("insights")));
    QAbstractButton *deleteAll =
        tour.button(QCoreApplication::translate("pk::PrivacyControls", "Delete everything"));
    ASSERT_NE(deleteAll, nullptr);
    EXPECT_TRUE(checkNextQuestion([deleteAll] { deleteAll->click(); })) << "delete everything";
    tour.home();
    ASSERT_TRUE(tour.open(QStringLiteral("settings")));
    auto *retention = window->findChild<QComboBox *>(
        Settings::keyName(Settings::Key::RetentionDays) + QStringLiteral("/control"));
    ASSERT_NE(retention, nullptr);
    EXPECT_TRUE(checkNextQuestion([retention] {
        retention->setFocus(Qt::TabFocusReason);
        QTest::keyClick(retention, Qt::Key_Up); // one year -> 90 days
    })) << "keep the record for";
    tour.home();
    theme::apply(*qApp); // the usual look for the tests that follow
}

INSTANTIATE_TEST_SUITE_P(LargeText, EveryLanguage, ::testing::ValuesIn(languages()),
                         [](const ::testing::TestParamInfo<std::string> &info) {
                             return info.param;
                         });
