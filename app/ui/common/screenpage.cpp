#include "screenpage.h"

#include "common/wrapbutton.h"
#include "emergencystrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pk {

ScreenPage::ScreenPage(QWidget *parent)
    : QWidget(parent)
    , m_home(new WrapButton(this))
    , m_title(new QLabel(this))
    , m_strip(new EmergencyStrip(this))
    , m_content(new QVBoxLayout)
{
    setObjectName(QStringLiteral("screenPage"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true);
    // The way home and 112 in the two top corners (as in the pause), the title under them: a
    // long title or 200 % text never squeezes either button.
    m_strip->setCompact(true);

    auto *corners = new QHBoxLayout;
    corners->setSpacing(16);
    corners->addWidget(m_home, 0, Qt::AlignTop);
    corners->addStretch(1);
    corners->addWidget(m_strip, 0, Qt::AlignTop);
    auto *header = new QVBoxLayout;
    header->setSpacing(8);
    header->addLayout(corners);
    header->addWidget(m_title);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addLayout(header);
    layout->addLayout(m_content, 1);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ScreenPage::homeRequested);
    connect(m_home, &QPushButton::clicked, this, &ScreenPage::homeRequested);
    retranslateHeader();
}

QString ScreenPage::title() const
{
    return m_title->text();
}

void ScreenPage::setTitle(const QString &title)
{
    m_title->setText(title);
    setWindowTitle(title);
    setAccessibleName(title); // what a screen reader says when the screen opens
}

void ScreenPage::retranslateHeader()
{
    m_home->setText(tr("Home"));
    m_home->setAccessibleName(tr("Home"));
    m_home->setAccessibleDescription(tr("Back to the start screen. Escape does the same."));
}

void ScreenPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateHeader();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace pk
