// Screen readers: every element that can take focus has a name on every screen and pause step,
// translated in Dutch and Arabic; the breathing phase is announced once per change and the end
// of the exercise too, while second counters and countdowns stay silent; a screen reader's
// press or toggle action does what a click does.
#include "breathing/breathcircle.h"
#include "breathing/breathingcatalog.h"
#include "breathing/breathingview.h"
#include "breathing/exercisechooser.h"
#include "pause/pausescreen.h"
#include "pause/walkawaycard.h"
#include "shell/mainwindow.h"
#include "support/testsupport.h"
#include "ui/accesstour.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace pk;
using pk::test::AccessTour;

namespace {

struct Named
{
    QPointer<QObject> object;
    QString name;
    QString what;
};

// Every element of the accessibility tree that can take focus, or has it, and is on screen.
void collectNamed(QAccessibleInterface *iface, QList<Named> *out, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    QObject *object = iface->object();
    // A card whose focus proxy has the focus reports "focused" too; the proxy is what is read.
    const auto *widget = qobject_cast<const QWidget *>(object);
    const bool focusedItself = state.focused && !(widget && widget->focusProxy());
    if ((state.focusable || focusedItself) && !state.invisible && !state.disabled) {
        out->append({object, iface->text(QAccessible::Name),
                     QStringLiteral("%1 (role %2)")
                         .arg(QLatin1String(object ? object->metaObject()->className() : "?"))
                         .arg(int(iface->role()))});
    }
    for (int i = 0; i < iface->childCount(); ++i)
        collectNamed(iface->child(i), out, depth + 1);
}

QList<Named> namesOn(QWidget *window)
{
    QList<Named> named;
    collectNamed(QAccessible::queryAccessibleInterface(window), &named);
    return named;
}

// English source -> finished translation, from translations/pauzeknop_<code>.ts.
QHash<QString, QString> translationsFor(const QString &code)
{
    QHash<QString, QString> result;
    QFile file(QStringLiteral(PAUZEKNOP_SOURCE_DIR "/translations/pauzeknop_%1.ts").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
            if (type.isEmpty() && !text.isEmpty())
                result.insert(source, text);
        }
    }
    return result;
}

// Records what the app tells assistive technology, instead of sending it to a bridge.
struct Recorded
{
    QPointer<QObject> object;
    QAccessible::Event type;
    QString name;
};
QList<Recorded> *g_recorded = nullptr;

void recordEvent(QAccessibleEvent *event)
{
    if (!g_recorded)
        return;
    QString name;
    if (QAccessibleInterface *iface = event->accessibleInterface())
        name = iface->text(QAccessible::Name);
    g_recorded->append({event->object(), event->type(), name});
}

class EventRecorder
{
public:
    EventRecorder()
    {
        g_recorded = &events;
        m_previous = QAccessible::installUpdateHandler(recordEvent);
        QAccessible::setActive(true);
    }
    ~EventRecorder()
    {
        QAccessible::installUpdateHandler(m_previous);
        QAccessible::setActive(false);
        g_recorded = nullptr;
    }
    // False where the platform has no accessibility at all (offscreen): nothing is sent there.
    static bool possible()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            return false;
        // The AT-SPI bridge switches on once it has reached the accessibility bus.
        QElapsedTimer waited;
        waited.start();
        const bool active = QTest::qWaitFor([] { return QAccessible::isActive(); }, 10'000);
        qInfo("accessibility active: %d after %lld ms", active, waited.elapsed());
        return active;
    }
    QList<Recorded> namesChanged(const QObject *object) const
    {
        QList<Recorded> result;
        for (const Recorded &event : events) {
            if (event.type == QAccessible::NameChanged && event.object == object)
                result.append(event);
        }
        return result;
    }
    QList<Recorded> events;

private:
    QAccessible::UpdateHandler m_previous = nullptr;
};

// What the app sends to a screen reader. The offscreen platform of the normal test run has no
// accessibility, so these run for real in the ctest ScreenReaderEvents.UnderXvfb (xcb platform).
class ScreenReaderEvents : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (EventRecorder::possible())
            return;
        if (qEnvironmentVariableIsSet("PAUZEKNOP_A11Y_EVENTS_REQUIRED"))
            FAIL() << "accessibility cannot be switched on with this platform";
        GTEST_SKIP() << "no accessibility on this platform; ctest ScreenReaderEvents.UnderXvfb "
                        "runs this";
    }
};

} // namespace

TEST(ScreenReaderAccess, EveryFocusableElementIsNamedInEnglishDutchAndArabic)
{
    AccessTour tour;
    QHash<QString, QHash<QString, QString>> translations;
    for (const QString &code : {QStringLiteral("nl"), QStringLiteral("ar")}) {
        translations.insert(code, translationsFor(code));
        ASSERT_GT(translations.value(code).size(), 100) << "translations of " << code.toStdString();
    }
    int checked = 0;
    for (const QString &place : AccessTour::places()) {
        SCOPED_TRACE(place.toStdString());
        ASSERT_TRUE(tour.open(place)) << tour.problem().toStdString();
        const QList<Named> english = namesOn(tour.activeWindow());
        ASSERT_FALSE(english.isEmpty());
        QHash<const QObject *, QString> englishName;
        for (const Named &named : english) {
            EXPECT_FALSE(named.name.trimmed().isEmpty()) << named.what.toStdString();
            englishName.insert(named.object, named.name);
            ++checked;
        }
        for (const QString &code : {QStringLiteral("nl"), QStringLiteral("ar")}) {
            SCOPED_TRACE(code.toStdString());
            tour.setLanguage(code);
            for (const Named &named : namesOn(tour.activeWindow())) {
                EXPECT_FALSE(named.name.trimmed().isEmpty()) << named.what.toStdString();
                const QString before = englishName.value(named.object);
                const QString translated = translations.value(code).value(before);
                if (!before.isEmpty() && !translated.isEmpty() && translated != before) {
                    EXPECT_NE(named.name, before)
                        << named.what.toStdString() << " still says \"" << before.toStdString()
                        << "\", translated as \"" << translated.toStdString() << '"';
                }
            }
        }
        tour.setLanguage(QStringLiteral("en"));
    }
    EXPECT_GT(checked, 100);
}

TEST_F(ScreenReaderEvents, TheBreathingPhaseIsAnnouncedOncePerChangeAndTheCountersStaySilent)
{
    AccessTour tour;
    ASSERT_TRUE(tour.open(QStringLiteral("pause.breathing")));
    BreathingView *view = tour.window()->pause()->breathingView();
    qint64 now = 0;
    view->setElapsedSource([&now] { return now; });
    EventRecorder recorder;
    // Calm breathing, 4 s in and 6 s out, for one minute: 6 rounds, 12 phases, then the end.
    view->start(BreathingCatalog::find(QStringLiteral("calm")), 60'000);
    while (now < 60'000 && tour.window()->pause()->step() == PauseScreen::Step::Breathing) {
        now += 500;
        QTest::qWait(20);
    }
    now = 61'000;
    QTRY_COMPARE_WITH_TIMEOUT(tour.window()->pause()->step(), PauseScreen::Step::CheckIn, 2'000);
    view->setElapsedSource({});

    const QList<Recorded> phases = recorder.namesChanged(view->phaseWordLabel());
    QStringList heard;
    for (const Recorded &event : phases)
        heard << event.name;
    EXPECT_EQ(phases.size(), 13) << heard.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(heard.value(0), QStringLiteral("Breathe in"));
    EXPECT_EQ(heard.value(1), QStringLiteral("Breathe out"));
    EXPECT_TRUE(heard.value(12).startsWith(QStringLiteral("Well done")));
    EXPECT_EQ(recorder.namesChanged(view->secondsLabel()).size(), 0);
    EXPECT_EQ(recorder.namesChanged(view->circle()).size(), 0);
    // No other element in the breathing view speaks up more than once a minute.
    QHash<const QObject *, int> perObject;
    for (const Recorded &event : std::as_const(recorder.events)) {
        if (event.type == QAccessible::NameChanged && event.object &&
            view->isAncestorOf(qobject_cast<QWidget *>(event.object.data())) &&
            event.object != view->phaseWordLabel())
            ++perObject[event.object];
    }
    for (auto it = perObject.cbegin(); it != perObject.cend(); ++it)
        EXPECT_LE(it.value(), 2) << it.key()->metaObject()->className();
}

TEST_F(ScreenReaderEvents, TheWalkAwayCountdownIsNotReadEverySecond)
{
    AccessTour tour;
    ASSERT_TRUE(tour.open(QStringLiteral("pause.walkaway")));
    WalkAwayCard *card = tour.window()->pause()->walkAwayCard();
    qint64 now = 0;
    card->timer()->setElapsedSource([&now] { return now; });
    EventRecorder recorder;
    card->minutesButton(2)->click();
    for (; now < 100'000; now += 1'000)
        QTest::qWait(5);
    QTRY_VERIFY_WITH_TIMEOUT(card->countdownText() == QStringLiteral("0:20"), 2'000);
    card->timer()->setElapsedSource({});
    int nameChanges = 0;
    QStringList heard;
    for (const Recorded &event : std::as_const(recorder.events)) {
        auto *label = qobject_cast<QLabel *>(event.object.data());
        if (event.type == QAccessible::NameChanged && label && card->isAncestorOf(label)) {
            ++nameChanges;
            heard << event.name;
        }
    }
    EXPECT_LE(nameChanges, 2) << "100 seconds of counting, read at most once a minute: "
                              << heard.join(QStringLiteral(" | ")).toStdString();
}

TEST(ScreenReaderAccess, ChoosingAnExerciseByTheToggleActionStartsThatExercise)
{
    AccessTour tour;
    ASSERT_TRUE(tour.open(QStringLiteral("pause.chooser")));
    PauseScreen *pause = tour.window()->pause();
    ExerciseChooser *chooser = pause->chooser();
    const QString wanted = QStringLiteral("box");
    ASSERT_NE(chooser->selectedId(), wanted);
    QAccessibleInterface *exercise =
        QAccessible::queryAccessibleInterface(chooser->exerciseButton(wanted));
    ASSERT_TRUE(exercise && exercise->actionInterface());
    EXPECT_EQ(exercise->role(), QAccessible::RadioButton) << "one choice of several";
    const QStringList actions = exercise->actionInterface()->actionNames();
    ASSERT_FALSE(actions.isEmpty());
    exercise->actionInterface()->doAction(actions.constFirst());
    EXPECT_TRUE(chooser->exerciseButton(wanted)->isChecked());
    EXPECT_EQ(chooser->selectedId(), wanted);

    QAccessibleInterface *start = QAccessible::queryAccessibleInterface(chooser->startButton());
    ASSERT_TRUE(start && start->actionInterface());
    start->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_COMPARE_WITH_TIMEOUT(pause->step(), PauseScreen::Step::Breathing, 2'000);
    EXPECT_EQ(pause->breathingView()->exerciseId(), wanted);
}

TEST(ScreenReaderAccess, EveryButtonHasAnActionAndCheckableOnesAnswerTheToggleAction)
{
    AccessTour tour;
    int buttons = 0;
    for (const QString &place : AccessTour::places()) {
        SCOPED_TRACE(place.toStdString());
        ASSERT_TRUE(tour.open(place)) << tour.problem().toStdString();
        for (QAbstractButton *button : tour.window()->findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || !button->isEnabled())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
            ASSERT_TRUE(iface && iface->actionInterface());
            EXPECT_FALSE(iface->actionInterface()->actionNames().isEmpty())
                << button->text().toStdString();
            // The toggle action checks a button without a click: whatever a checkable button
            // does must follow toggled(), or the screen reader's choice would do nothing.
            // (disconnect() says whether anything listened; this app is thrown away after.)
            if (button->isCheckable()) {
                EXPECT_FALSE(
                    QObject::disconnect(button, &QAbstractButton::clicked, nullptr, nullptr))
                    << button->text().toStdString() << " reacts to clicked() only";
            }
            ++buttons;
        }
    }
    EXPECT_GT(buttons, 60);
}
