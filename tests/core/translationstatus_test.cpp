#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

// packaging/dev/translation-status.sh run on a tiny made-up project, so that the check the
// translation pass will switch on (ctest Translations.CompleteInEveryLanguage) is known to pass
// on complete files and to fail on unfinished, missing, vanished and absent ones.
class TranslationStatus : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("src/core"));
        QDir(m_dir.path()).mkpath(QStringLiteral("ts"));
        setSources({"Hello", "Say \\\"hi\\\""});
    }
    void setSources(const QList<const char *> &texts)
    {
        QByteArray code = "#include <QCoreApplication>\nvoid f()\n{\n";
        for (const char *text : texts)
            code += QByteArray("    QCoreApplication::translate(\"Ctx\", \"") + text + "\");\n";
        code += "}\n";
        ASSERT_TRUE(test::writeFile(m_dir.filePath(QStringLiteral("src/ui/a.cpp")), code));
    }
    // messages: "source=translation"; a translation "?" is marked unfinished.
    void setDutch(const QList<const char *> &messages)
    {
        QByteArray ts = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                        "<TS version=\"2.1\" language=\"nl\">\n<context>\n    <name>Ctx</name>\n";
        for (const char *message : messages) {
            const QList<QByteArray> parts = QByteArray(message).split('=');
            ts += "    <message>\n        <source>" + parts.at(0) + "</source>\n";
            ts += parts.at(1) == "?"
                      ? QByteArray("        <translation type=\"unfinished\"></translation>\n")
                      : "        <translation>" + parts.at(1) + "</translation>\n";
            ts += "    </message>\n";
        }
        ts += "</context>\n</TS>\n";
        ASSERT_TRUE(test::writeFile(dutchFile(), ts));
    }
    QString dutchFile() const { return m_dir.filePath(QStringLiteral("ts/pauzeknop_nl.ts")); }
    // Runs the script; returns its exit code and keeps what it printed.
    int run(const QString &langs)
    {
        QProcess script;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LUPDATE"), QStringLiteral(PAUZEKNOP_LUPDATE));
        env.insert(QStringLiteral("LRELEASE"), QStringLiteral(PAUZEKNOP_LRELEASE));
        env.insert(QStringLiteral("SRC_DIR"), m_dir.filePath(QStringLiteral("src")));
        env.insert(QStringLiteral("TS_DIR"), m_dir.filePath(QStringLiteral("ts")));
        env.insert(QStringLiteral("LANGS"), langs);
        script.setProcessEnvironment(env);
        script.start(QStringLiteral("sh"),
                     {QStringLiteral(PAUZEKNOP_SOURCE_DIR "/packaging/dev/translation-status.sh"),
                      QStringLiteral("--check")});
        if (!script.waitForFinished(60'000))
            return -1;
        m_output = QString::fromUtf8(script.readAllStandardOutput());
        return script.exitCode();
    }
    // The table row of a language, spaces collapsed: "nl pauzeknop_nl.ts 2 2 0 0 0".
    QString row(const QString &lang) const
    {
        for (const QString &line : m_output.split(QLatin1Char('\n'))) {
            if (line.startsWith(lang + QLatin1Char(' ')))
                return line.simplified();
        }
        return {};
    }

    QTemporaryDir m_dir;
    QString m_output;
};

} // namespace

TEST_F(TranslationStatus, ACompleteTranslationPassesAndStaysUntouched)
{
    setDutch({"Hello=Hallo", "Say &quot;hi&quot;=Zeg &quot;hoi&quot;"});
    QFile before(dutchFile());
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray committed = before.readAll();
    EXPECT_EQ(run(QStringLiteral("en nl")), 0) << qPrintable(m_output);
    EXPECT_EQ(row(QStringLiteral("nl")), QStringLiteral("nl pauzeknop_nl.ts 2 2 0 0 0"));
    EXPECT_TRUE(m_output.contains(QStringLiteral("Generated 2 translation(s)")));
    QFile after(dutchFile());
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), committed);
}

TEST_F(TranslationStatus, UnfinishedMissingVanishedAndAbsentFilesFail)
{
    setDutch({"Hello=?", "Say \"hi\"=Zeg \"hoi\""}); // quotes written plainly: the same text
    EXPECT_EQ(run(QStringLiteral("nl")), 1);
    EXPECT_EQ(row(QStringLiteral("nl")), QStringLiteral("nl pauzeknop_nl.ts 2 1 1 0 0"));

    setDutch({"Hello=Hallo", "Say \"hi\"=Zeg \"hoi\""});
    setSources({"Hello", "Say \\\"hi\\\"", "Bye"}); // new in the code, not yet in the file
    EXPECT_EQ(run(QStringLiteral("nl")), 1);
    EXPECT_EQ(row(QStringLiteral("nl")), QStringLiteral("nl pauzeknop_nl.ts 3 2 0 1 0"));

    setSources({"Hello"}); // gone from the code, still in the file
    EXPECT_EQ(run(QStringLiteral("nl")), 1);
    EXPECT_EQ(row(QStringLiteral("nl")), QStringLiteral("nl pauzeknop_nl.ts 1 1 0 0 1"));

    setSources({"Hello", "Say \\\"hi\\\""});
    EXPECT_EQ(run(QStringLiteral("nl")), 0) << qPrintable(m_output);
    EXPECT_EQ(run(QStringLiteral("nl fr")), 1); // no French file at all
    EXPECT_EQ(row(QStringLiteral("fr")), QStringLiteral("fr (no file yet) 2 0 0 2 0"));
}
