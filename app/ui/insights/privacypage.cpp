#include "privacypage.h"

#include "i18n/languagemanager.h"
#include "usage/usagelog.h"

#include <QDir>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pk {

namespace {
constexpr int Sections = 6;
}

PrivacyPage::PrivacyPage(const UsageLog *log, QWidget *parent)
    : ScreenPage(parent)
    , m_log(log)
{
    setObjectName(QStringLiteral("screenPage"));
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("privacyBody"));
    auto *column = new QVBoxLayout(body);
    column->setSpacing(8);
    column->setContentsMargins(0, 0, 12, 0);
    for (int i = 0; i < Sections; ++i) {
        auto *heading = new QLabel(body);
        heading->setObjectName(QStringLiteral("sectionTitle"));
        heading->setWordWrap(true);
        auto *paragraph = new QLabel(body);
        paragraph->setObjectName(QStringLiteral("bodyText"));
        paragraph->setWordWrap(true);
        paragraph->setTextInteractionFlags(Qt::TextSelectableByMouse);
        column->addWidget(heading);
        column->addWidget(paragraph);
        column->addSpacing(10);
        m_headings.append(heading);
        m_paragraphs.append(paragraph);
    }
    // One line for a translation nobody native has checked yet (#10), in that language.
    m_draftNote = new QLabel(body);
    m_draftNote->setObjectName(QStringLiteral("quietNote"));
    m_draftNote->setWordWrap(true);
    column->addWidget(m_draftNote);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("plainScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    contentLayout()->addWidget(scroll);
    retranslateUi();
}

void PrivacyPage::showEvent(QShowEvent *event)
{
    retranslateUi(); // the file's place is known only once the log has opened
    ScreenPage::showEvent(event);
}

void PrivacyPage::retranslateUi()
{
    setTitle(tr("Your privacy"));
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("plainScroll")))
        scroll->setAccessibleName(tr("Your privacy"));
    const QString file = m_log && !m_log->filePath().isEmpty()
                             ? QDir::toNativeSeparators(m_log->filePath())
                             : tr("the app's own folder");
    const QStringList headings{
        tr("What is written down"), tr("Where it is kept"), tr("What is never written down"),
        tr("How long it is kept"),  tr("Who can see it"),   tr("What Pauzeknop is not"),
    };
    const QStringList paragraphs{
        tr("Only what happened, never who you are: that a pause started, which breathing "
           "exercise you did, how you felt afterwards (calmer, still tense, needed help) and which "
           "tips helped. Each note keeps only the hour, never the minute."),
        tr("Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing "
           "is ever sent anywhere.")
            .arg(file),
        tr("Your name, your child's name, the computer's name, anything you type, the people in "
           "your own plan, window titles and file names."),
        tr("You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time "
           "Pauzeknop starts. You can switch keeping track off, or delete everything, on My "
           "pauses."),
        tr("Only the people who use this computer. If you save a summary, it holds counts per "
           "week, never single moments. On a shared computer, numbers below 5 are hidden and My "
           "pauses needs the administrator's PIN."),
        tr("Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If "
           "you or your child are in danger, call 112."),
    };
    for (int i = 0; i < Sections; ++i) {
        m_headings.at(i)->setText(headings.at(i));
        m_paragraphs.at(i)->setText(paragraphs.at(i));
    }
    // Shown once it is translated: an English line in a Dutch page would only puzzle.
    const char *const draftSource = QT_TR_NOOP("This translation is a draft by the Pauzeknop "
                                               "team: a native speaker has not checked it yet.");
    const QString draftText = tr(draftSource);
    const bool draft = LanguageManager::isDraft(LanguageManager::uiLanguage()) &&
                       draftText != QLatin1String(draftSource);
    m_draftNote->setText(draft ? draftText : QString());
    m_draftNote->setVisible(draft);
}

QString PrivacyPage::draftNote() const
{
    return m_draftNote->isVisibleTo(this) ? m_draftNote->text() : QString();
}

QString PrivacyPage::text() const
{
    QStringList all;
    for (int i = 0; i < Sections; ++i)
        all << m_headings.at(i)->text() << m_paragraphs.at(i)->text();
    return all.join(QLatin1Char('\n'));
}

} // namespace pk
