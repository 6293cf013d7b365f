#include "regionheading.h"

#include "common/theme.h"
#include "common/wrapbutton.h"
#include "content/helplinedirectory.h"
#include "settings/settings.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

namespace pk {

RegionHeading::RegionHeading(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_label(new QLabel(this))
    , m_change(new WrapButton(this))
    , m_menu(new QMenu(this))
{
    m_label->setObjectName(QStringLiteral("sectionTitle"));
    m_label->setWordWrap(true);
    theme::setRole(m_change, "quiet");
    m_change->setCursor(Qt::PointingHandCursor);
    // The menu opens under the button; no drop-down arrow hanging below a quiet link.
    connect(m_change, &QPushButton::clicked, this,
            [this] { m_menu->popup(m_change->mapToGlobal(QPoint(0, m_change->height()))); });
    auto *group = new QActionGroup(m_menu);
    for (const QString &code : HelplineDirectory::regions()) {
        QAction *action = m_menu->addAction(QString());
        action->setData(code);
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseRegion(code); });
    }

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    row->addWidget(m_label, 1);
    row->addWidget(m_change, 0, Qt::AlignVCenter);

    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key != Settings::Key::Region)
            return;
        retranslateUi();
        Q_EMIT regionChanged(region());
    });
    retranslateUi();
}

QString RegionHeading::region() const
{
    return m_settings->value(Settings::Key::Region).toString();
}

void RegionHeading::chooseRegion(const QString &code)
{
    m_settings->setValue(Settings::Key::Region, code);
}

QString RegionHeading::regionName(const QString &code)
{
    // The names Who can help has always used (and translated), under their first context.
    const char *name = QT_TRANSLATE_NOOP("pk::HelplinesScreen", "Flanders");
    if (code == QLatin1String("BE-BRU"))
        name = QT_TRANSLATE_NOOP("pk::HelplinesScreen", "Brussels");
    else if (code == QLatin1String("BE-WAL"))
        name = QT_TRANSLATE_NOOP("pk::HelplinesScreen", "Wallonia");
    else if (code == QLatin1String("BE-DG"))
        name = QT_TRANSLATE_NOOP("pk::HelplinesScreen", "German-speaking Community");
    else if (code == QLatin1String("NL"))
        name = QT_TRANSLATE_NOOP("pk::HelplinesScreen", "The Netherlands");
    return QCoreApplication::translate("pk::HelplinesScreen", name);
}

QString RegionHeading::headingFor(const QString &code)
{
    // Whole sentences: a language may need another preposition per region.
    if (code == QLatin1String("BE-BRU"))
        return tr("Help in Brussels");
    if (code == QLatin1String("BE-WAL"))
        return tr("Help in Wallonia");
    if (code == QLatin1String("BE-DG"))
        return tr("Help in the German-speaking Community");
    if (code == QLatin1String("NL"))
        return tr("Help in the Netherlands");
    return tr("Help in Flanders");
}

void RegionHeading::retranslateUi()
{
    const QString code = region();
    m_label->setText(headingFor(code));
    m_change->setText(tr("Change where I live"));
    m_change->setAccessibleName(m_change->text());
    m_change->setAccessibleDescription(
        tr("Shows the lines of another region. Pauzeknop uses it everywhere."));
    // Changing where you live is disabled when the organisation locked it.
    m_change->setEnabled(!m_settings->isLocked(Settings::Key::Region));
    for (QAction *action : m_menu->actions()) {
        action->setText(regionName(action->data().toString()));
        action->setChecked(action->data().toString() == code);
    }
}

void RegionHeading::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pk
