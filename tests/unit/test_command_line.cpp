// The command line's --procedure: the default, each known name, and an unknown one refused with the names
// in the user's language.
#include "app/commandline.h"
#include "translations/languageswitcher.h"

#include <gtest/gtest.h>

using namespace pchat;

namespace {

CommandLine parse(const QStringList& arguments)
{
    return CommandLine::parse(QStringList{QStringLiteral("pchat-failback")} + arguments);
}

} // namespace

TEST(CommandLineProcedure, DefaultsToTheFailbackAndTakesEitherName)
{
    EXPECT_EQ(parse({}).procedure, QStringLiteral("failback"));
    EXPECT_EQ(parse({}).mode, CommandLine::Mode::Wizard);
    const CommandLine failover = parse({"--procedure", "failover", "--training", "--unattended"});
    EXPECT_EQ(failover.mode, CommandLine::Mode::Unattended);
    EXPECT_EQ(failover.procedure, QStringLiteral("failover"));
    EXPECT_EQ(parse({"--procedure=failback"}).procedure, QStringLiteral("failback"));
    const CommandLine exported =
        parse({"--procedure", "failover", "--export-script", "out", "--plan", "p.json"});
    EXPECT_EQ(exported.mode, CommandLine::Mode::ExportScript);
    EXPECT_EQ(exported.procedure, QStringLiteral("failover"));
}

TEST(CommandLineProcedure, AnUnknownNameIsATranslatedErrorListingTheKnownOnes)
{
    const CommandLine english = parse({"--procedure", "failsideways"});
    EXPECT_EQ(english.mode, CommandLine::Mode::Invalid);
    EXPECT_TRUE(english.error.contains(QStringLiteral("failsideways")));
    EXPECT_TRUE(english.error.contains(QStringLiteral("failback, failover"))) << english.error.toStdString();
    EXPECT_TRUE(english.helpText.contains(QStringLiteral("--procedure")));

    LanguageSwitcher::instance().apply(QStringLiteral("de"));
    const CommandLine german = parse({"--procedure", "failsideways"});
    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    EXPECT_EQ(german.mode, CommandLine::Mode::Invalid);
    EXPECT_NE(german.error, english.error);
    EXPECT_TRUE(german.error.contains(QStringLiteral("failback, failover"))) << german.error.toStdString();
}
