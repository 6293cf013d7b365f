#pragma once

#include "common/screenpage.h"

class QLabel;

namespace pk {

class UsageLog;

// "Your privacy": what My pauses keeps, where, for how long, what it never keeps, no network.
class PrivacyPage : public ScreenPage
{
    Q_OBJECT

public:
    explicit PrivacyPage(const UsageLog *log, QWidget *parent = nullptr);

    QString text() const; // everything the page says, for tests

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    const UsageLog *m_log;
    QList<QLabel *> m_headings;
    QList<QLabel *> m_paragraphs;
};

} // namespace pk
