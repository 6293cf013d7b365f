#pragma once

#include "common/screenpage.h"

class QLabel;

namespace pk {

class UsageLog;

// "Your privacy": what My pauses keeps, where, for how long, what it never keeps, no network;
// and, for a draft translation, one line that says so.
class PrivacyPage : public ScreenPage
{
    Q_OBJECT

public:
    explicit PrivacyPage(const UsageLog *log, QWidget *parent = nullptr);

    QString text() const; // everything the page says, for tests
    // The line saying the translation is a draft; "" in English or a reviewed language.
    QString draftNote() const;

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    const UsageLog *m_log;
    QList<QLabel *> m_headings;
    QList<QLabel *> m_paragraphs;
    QLabel *m_draftNote = nullptr;
};

} // namespace pk
