#include "cli/commandline.h"
#include "support/testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pk;

namespace {

CommandLine parse(QStringList args)
{
    args.prepend(QStringLiteral("pauzeknop"));
    return CommandLine::parse(args);
}

} // namespace

TEST(CommandLine, NoArgumentsRunsTheApp)
{
    const CommandLine c = parse({});
    EXPECT_EQ(c.action, CommandLine::Action::Run);
    EXPECT_FALSE(c.options.pause);
}

TEST(CommandLine, ReadsPauseDataDirAndLanguage)
{
    const CommandLine c = parse({QStringLiteral("--pause"), QStringLiteral("--data-dir"),
                                 QStringLiteral("/tmp/x"), QStringLiteral("--lang=nl")});
    EXPECT_EQ(c.action, CommandLine::Action::Run);
    EXPECT_TRUE(c.options.pause);
    EXPECT_EQ(c.options.dataDir, QStringLiteral("/tmp/x"));
    EXPECT_EQ(c.options.language, QStringLiteral("nl"));
}

TEST(CommandLine, UnknownOptionIsExplainedWithExitCodeTwo)
{
    const CommandLine c = parse({QStringLiteral("--frobnicate")});
    EXPECT_EQ(c.action, CommandLine::Action::Exit);
    EXPECT_EQ(c.exitCode, 2);
    EXPECT_TRUE(c.output.contains(QStringLiteral("frobnicate")));
    EXPECT_TRUE(c.output.contains(QStringLiteral("--help")));
}

TEST(CommandLine, MissingValueIsAnErrorToo)
{
    const CommandLine c = parse({QStringLiteral("--data-dir")});
    EXPECT_EQ(c.exitCode, 2);
}

TEST(CommandLine, RealBinaryAnswersHelpVersionAndUnknownOptions)
{
    const test::ProcessResult help = test::runPauzeknop({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--pause"));
    EXPECT_TRUE(help.out.contains("--data-dir"));
    EXPECT_TRUE(help.out.startsWith("Usage: pauzeknop [options]")) << help.out.toStdString();

    const test::ProcessResult version = test::runPauzeknop({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("pauzeknop " PAUZEKNOP_VERSION));

    const test::ProcessResult bad = test::runPauzeknop({QStringLiteral("--no-such-option")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("no-such-option"));
}

TEST(CommandLine, BreatheOpensBreathingWithAnOptionalPattern)
{
    const CommandLine plain = parse({QStringLiteral("--breathe")});
    EXPECT_EQ(plain.action, CommandLine::Action::Run);
    EXPECT_TRUE(plain.options.breathe);
    EXPECT_TRUE(plain.options.breathePattern.isEmpty());

    const CommandLine box = parse({QStringLiteral("--breathe"), QStringLiteral("box")});
    EXPECT_EQ(box.action, CommandLine::Action::Run);
    EXPECT_EQ(box.options.breathePattern, QStringLiteral("box"));
    EXPECT_EQ(parse({QStringLiteral("--breathe=478")}).options.breathePattern,
              QStringLiteral("478"));
}

TEST(CommandLine, UnknownPatternIsExplainedWithExitCodeTwo)
{
    const CommandLine c = parse({QStringLiteral("--breathe"), QStringLiteral("yoga")});
    EXPECT_EQ(c.action, CommandLine::Action::Exit);
    EXPECT_EQ(c.exitCode, 2);
    EXPECT_TRUE(c.output.contains(QStringLiteral("yoga")));
    EXPECT_TRUE(
        c.output.contains(QStringLiteral("calm, sigh, resonance, box, box3, 478, count10")));
    // A pattern without --breathe is still an unexpected argument.
    EXPECT_EQ(parse({QStringLiteral("box")}).exitCode, 2);
    EXPECT_EQ(
        parse({QStringLiteral("--breathe"), QStringLiteral("box"), QStringLiteral("x")}).exitCode,
        2);
}

TEST(CommandLine, HelpListsThePatternIds)
{
    const test::ProcessResult help = test::runPauzeknop({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--breathe")) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains("count10")) << help.out.toStdString();
    const test::ProcessResult bad = test::runPauzeknop({QStringLiteral("--breathe=nope")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("nope"));
}
