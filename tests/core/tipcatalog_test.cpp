#include "content/builtincontent.h"
#include "content/tipcatalog.h"
#include "support/testsupport.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace pk;

TEST(TipCatalog, AtLeast35BuiltInTipsWithIdTextAndSource)
{
    const QList<Tip> &tips = BuiltInContent::tips();
    EXPECT_GE(tips.size(), 35);
    QSet<QString> ids;
    for (const Tip &tip : tips) {
        EXPECT_FALSE(tip.id.isEmpty());
        EXPECT_FALSE(ids.contains(tip.id)) << tip.id.toStdString();
        ids.insert(tip.id);
        EXPECT_FALSE(tip.text.isEmpty()) << tip.id.toStdString();
        // Short; the two safety tips (after an incident, after a birth) need a little more.
        EXPECT_LE(tip.text.english.size(), 200) << tip.id.toStdString();
        EXPECT_FALSE(tip.source.isEmpty()) << tip.id.toStdString();
        EXPECT_FALSE(tip.audiences.isEmpty()) << tip.id.toStdString();
        EXPECT_FALSE(tip.fromOrganisation);
    }
}

TEST(TipCatalog, EverySituationAndEveryAudienceHasTips)
{
    const TipCatalog catalog;
    for (Situation situation : ContentIds::allSituations())
        EXPECT_GE(catalog.inSituation(situation).size(), 2)
            << ContentIds::situationId(situation).toStdString();
    for (Audience audience : ContentIds::allAudiences()) {
        EXPECT_GE(catalog.forAudience(audience, Situation::InTheMoment).size(), 5);
        EXPECT_GE(catalog.situationsFor(audience).size(), 3);
    }
}

TEST(TipCatalog, FiltersFollowTheAudience)
{
    const TipCatalog catalog;
    // Group chaos is for childcare workers only; grandparents get their own safe-sleep tip.
    EXPECT_TRUE(catalog.forAudience(Audience::Parent, Situation::GroupChaos).isEmpty());
    EXPECT_GE(catalog.forAudience(Audience::ChildcareWorker, Situation::GroupChaos).size(), 4);
    EXPECT_FALSE(catalog.situationsFor(Audience::Parent).contains(Situation::GroupChaos));
    EXPECT_TRUE(catalog.situationsFor(Audience::ChildcareWorker).contains(Situation::GroupChaos));
    const QList<Tip> grandparent = catalog.forAudience(Audience::Grandparent);
    EXPECT_TRUE(std::any_of(grandparent.cbegin(), grandparent.cend(), [](const Tip &t) {
        return t.id == QLatin1String("exhausted-safe-sleep-changed");
    }));
    for (const Tip &tip : catalog.forAudience(Audience::Other))
        EXPECT_TRUE(tip.isFor(Audience::Other));
    EXPECT_LT(catalog.forAudience(Audience::Other).size(), catalog.all().size());
}

TEST(TipCatalog, OneTipFitsTheAudienceAndTheSeedChoosesIt)
{
    const TipCatalog catalog;
    QSet<QString> seen;
    for (quint32 seed = 0; seed < 40; ++seed) {
        const Tip tip = catalog.oneFor(Audience::Grandparent, Situation::CryingBaby, seed);
        EXPECT_TRUE(tip.isFor(Audience::Grandparent));
        EXPECT_EQ(tip.situation, Situation::CryingBaby);
        seen.insert(tip.id);
    }
    EXPECT_GT(seen.size(), 1);
    EXPECT_EQ(catalog.oneFor(Audience::Parent, {}, 7).id,
              catalog.oneFor(Audience::Parent, {}, 7).id);
    // No crying-baby tips for childcare workers in the data: the moment's tips stand in.
    const Tip fallback = catalog.oneFor(Audience::ChildcareWorker, Situation::CryingBaby, 3);
    EXPECT_EQ(fallback.situation, Situation::InTheMoment);
    EXPECT_TRUE(TipCatalog(QList<Tip>{}).oneFor(Audience::Parent).id.isEmpty());
}

TEST(TipCatalog, OrganisationTipsNeverReplaceBuiltIns)
{
    TipCatalog catalog;
    Tip own;
    own.id = QStringLiteral("moment-safe-place");
    own.text.english = QStringLiteral("Replaced");
    own.audiences = {Audience::Parent};
    own.fromOrganisation = true;
    Tip fresh = own;
    fresh.id = QStringLiteral("org-call-desk");
    fresh.text.inlineText.insert(QStringLiteral("nl"), QStringLiteral("Bel het onthaal: 200."));
    const QStringList skipped = catalog.add({own, fresh});
    EXPECT_EQ(skipped, QStringList{QStringLiteral("moment-safe-place")});
    EXPECT_NE(catalog.find(QStringLiteral("moment-safe-place"))->text.english,
              QStringLiteral("Replaced"));
    ASSERT_NE(catalog.find(QStringLiteral("org-call-desk")), nullptr);
    EXPECT_EQ(catalog.find(QStringLiteral("org-call-desk"))->displayText(QStringLiteral("nl")),
              QStringLiteral("Bel het onthaal: 200."));
    EXPECT_EQ(catalog.find(QStringLiteral("org-call-desk"))->displayText(QStringLiteral("fr")),
              QStringLiteral("Replaced"));
}

TEST(TipCatalog, IdsRoundTrip)
{
    for (Situation situation : ContentIds::allSituations()) {
        Situation back{};
        ASSERT_TRUE(ContentIds::situationFromId(ContentIds::situationId(situation), &back));
        EXPECT_EQ(back, situation);
        EXPECT_FALSE(ContentIds::situationTitle(situation).isEmpty());
    }
    for (Audience audience : ContentIds::allAudiences()) {
        Audience back{};
        ASSERT_TRUE(ContentIds::audienceFromId(ContentIds::audienceId(audience), &back));
        EXPECT_EQ(back, audience);
    }
    Situation unused{};
    EXPECT_FALSE(ContentIds::situationFromId(QStringLiteral("nonsense"), &unused));
}
