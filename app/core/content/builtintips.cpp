#include "builtintips.h"

namespace pk {
namespace {

const QList<Audience> everyone{Audience::Parent, Audience::Grandparent, Audience::ChildcareWorker,
                               Audience::Other};

Tip tip(const char *id, Situation situation, const QList<Audience> &audiences, const char *text,
        const char *source)
{
    Tip t;
    t.id = QString::fromLatin1(id);
    t.situation = situation;
    t.audiences = audiences;
    t.text = QString::fromUtf8(text);
    t.source = QString::fromUtf8(source);
    return t;
}

} // namespace

const QList<Tip> &BuiltInTips::all()
{
    using S = Situation;
    static const QList<Tip> tips{
        tip("moment-safe-place", S::InTheMoment, everyone,
            QT_TRANSLATE_NOOP("TipCatalog", "Put your child somewhere safe: on its back in an "
                                            "empty cot or playpen. Then leave the room."),
            "ICON (rscp.org.uk); CDC"),
        tip("moment-door-closed", S::InTheMoment, everyone,
            QT_TRANSLATE_NOOP(
                "TipCatalog",
                "A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes."),
            "CDC"),
        tip("moment-urge-signal", S::InTheMoment, everyone,
            QT_TRANSLATE_NOOP("TipCatalog", "Do you feel the urge to shake, grab or hit? That is "
                                            "your signal: put your child down and step out."),
            "ICON (rscp.org.uk); AAP (healthychildren.org)"),
        tip("moment-never-shake", S::InTheMoment, everyone,
            QT_TRANSLATE_NOOP("TipCatalog", "Never shake, throw or hit a child, not even once. "
                                            "Shaking a baby can cause brain damage or death."),
            "NSPCC, Handle with care; AAP (healthychildren.org)"),
        tip("moment-long-out-breath", S::InTheMoment, everyone,
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Breathe out for longer than you breathe in. Do it three times."),
            "Balban et al. 2023, Cell Reports Medicine; Birdee et al. 2023"),
        tip("moment-count-ten", S::InTheMoment, everyone,
            QT_TRANSLATE_NOOP("TipCatalog", "Count slowly to ten before you do anything else."),
            "AAP (healthychildren.org); Time-out campaign NL (nji.nl, 2021)"),
        tip("moment-other-room", S::InTheMoment, everyone,
            QT_TRANSLATE_NOOP(
                "TipCatalog",
                "Go to another room. Drink some water or tea, or splash cold water on your face."),
            "Pauzeknop content brief"),
        tip("moment-say-limit", S::InTheMoment, everyone,
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Say out loud: \"I am at my limit. I am taking five minutes.\""),
            "Pauzeknop content brief"),
        tip("moment-phone-someone", S::InTheMoment, everyone,
            QT_TRANSLATE_NOOP(
                "TipCatalog",
                "Phone someone: your partner, a neighbour, a friend, or 1712 or 106."),
            "CDC; Time-out campaign NL (nji.nl, 2021)"),
        tip("moment-ask-help", S::InTheMoment, everyone,
            QT_TRANSLATE_NOOP("TipCatalog", "Asking for help is a strength, not a weakness."),
            "Time-out campaign NL (nji.nl, 2021)"),
        tip("moment-hurt-112", S::InTheMoment, everyone,
            QT_TRANSLATE_NOOP("TipCatalog", "Do you think your child is hurt or ill? Call 112, or "
                                            "1733 out of hours. Do not wait."),
            "ICON (rscp.org.uk); AAP (healthychildren.org)"),
        tip("crying-peak", S::CryingBaby, {Audience::Parent, Audience::Grandparent},
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Crying peaks around 6 to 8 weeks. It is a phase, and it passes."),
            "ICON (rscp.org.uk); Period of PURPLE Crying (purplecrying.info)"),
        tip("crying-not-your-fault", S::CryingBaby, {Audience::Parent, Audience::Grandparent},
            QT_TRANSLATE_NOOP("TipCatalog",
                              "A lot of crying is normal for a young baby. It is not your fault."),
            "ICON (rscp.org.uk); Period of PURPLE Crying (purplecrying.info)"),
        tip("crying-basics-once", S::CryingBaby, {Audience::Parent, Audience::Grandparent},
            QT_TRANSLATE_NOOP("TipCatalog", "Check the basics once: hunger, nappy, too warm or too "
                                            "cold, tired. Then stop searching for a cause."),
            "ICON (rscp.org.uk)"),
        tip("crying-one-thing", S::CryingBaby, {Audience::Parent, Audience::Grandparent},
            QT_TRANSLATE_NOOP("TipCatalog", "Try one calm thing at a time: humming, skin to skin, "
                                            "a walk with the pram, a warm bath."),
            "Pauzeknop content brief"),
        tip("crying-cannot-stop", S::CryingBaby, {Audience::Parent, Audience::Grandparent},
            QT_TRANSLATE_NOOP(
                "TipCatalog",
                "Some crying cannot be stopped. A baby crying in a safe cot is not in danger."),
            "Pauzeknop content brief"),
        tip("crying-see-doctor", S::CryingBaby, {Audience::Parent, Audience::Grandparent},
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Crying that sounds unusual, a fever, or not feeding: see a doctor."),
            "AAP (healthychildren.org)"),
        tip("sleep-hand-on-tummy", S::WontSleep,
            {Audience::Parent, Audience::Grandparent, Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP(
                "TipCatalog",
                "Lay the baby down and keep a hand on its tummy, or wait until sleep is deep."),
            "Kind en Gezin, safe sleep"),
        tip("sleep-own-bed", S::WontSleep,
            {Audience::Parent, Audience::Grandparent, Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Exhausted? Put the baby in its own bed before you rest."),
            "Kind en Gezin, safe sleep"),
        tip("sleep-no-sofa", S::WontSleep,
            {Audience::Parent, Audience::Grandparent, Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP("TipCatalog", "Never doze off with a baby on a sofa."),
            "Kind en Gezin, safe sleep"),
        tip("sleep-take-over", S::WontSleep, {Audience::Parent, Audience::Grandparent},
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Ask your partner or a grandparent to take over for a while."),
            "Pauzeknop content brief"),
        tip("tantrum-normal", S::Tantrum,
            {Audience::Parent, Audience::Grandparent, Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP(
                "TipCatalog",
                "Tantrums are a normal stage. Most are over in less than 15 minutes."),
            "MSD Manual"),
        tip("tantrum-stay-near", S::Tantrum,
            {Audience::Parent, Audience::Grandparent, Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Keep the child safe, stay close, and let it pass without arguing."),
            "MSD Manual"),
        tip("tantrum-name-feeling", S::Tantrum,
            {Audience::Parent, Audience::Grandparent, Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP("TipCatalog", "Name the feeling and the limit in a few words: \"You "
                                            "are angry. Hitting hurts, I stop you.\""),
            "Grenswijs"),
        tip("tantrum-step-out", S::Tantrum,
            {Audience::Parent, Audience::Grandparent, Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Can't stay calm? If the child is safe, leave for a minute or two."),
            "AAP (healthychildren.org)"),
        tip("tantrum-causes", S::Tantrum,
            {Audience::Parent, Audience::Grandparent, Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP(
                "TipCatalog",
                "Look for what lies underneath: hunger, tiredness, too much going on."),
            "Pauzeknop content brief"),
        tip("tantrum-reconnect", S::Tantrum,
            {Audience::Parent, Audience::Grandparent, Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Afterwards, make contact again and praise the next good moment."),
            "Pauzeknop content brief"),
        tip("feeding-full", S::Feeding,
            {Audience::Parent, Audience::Grandparent, Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Stop when the child shows it is full. Never force food."),
            "Sunnybrook"),
        tip("feeding-refused", S::Feeding,
            {Audience::Parent, Audience::Grandparent, Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP("TipCatalog",
                              "A refused meal is not a failure. There will be another one."),
            "Pauzeknop content brief"),
        tip("feeding-ask", S::Feeding, {Audience::Parent, Audience::Grandparent},
            QT_TRANSLATE_NOOP(
                "TipCatalog",
                "Do feeds keep ending in tears? Ask the Kind en Gezin-Lijn or your GP."),
            "NSPCC, Handle with care"),
        tip("group-sign", S::GroupChaos, {Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP(
                "TipCatalog",
                "Agree a sign with colleagues that means: take over, I need two minutes."),
            "Pauzeknop content brief"),
        tip("group-never-alone", S::GroupChaos, {Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP(
                "TipCatalog",
                "Never leave the group unsupervised. Ask a colleague to take over first."),
            "Pauzeknop content brief"),
        tip("group-safe-first", S::GroupChaos, {Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP("TipCatalog", "Alone with the group? Make everyone safe first: "
                                            "babies in cots, toddlers seated with something calm."),
            "Pauzeknop content brief"),
        tip("group-call-backup", S::GroupChaos, {Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Once everyone is safe, call your manager or your back-up person."),
            "Pauzeknop content brief"),
        tip("group-not-you", S::GroupChaos, {Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Babies set each other off. That is the room, not you."),
            "Pauzeknop content brief"),
        tip("group-debrief", S::GroupChaos, {Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP(
                "TipCatalog",
                "After a hard moment, talk it through with a colleague or your manager."),
            "Pauzeknop content brief"),
        tip("group-worried", S::GroupChaos, {Audience::ChildcareWorker},
            QT_TRANSLATE_NOOP("TipCatalog", "Worried about how you or a colleague handle a child? "
                                            "Tell your manager. 1712 can advise too."),
            "Pauzeknop content brief; 1712.be"),
        tip("exhausted-concrete-help", S::Exhausted, everyone,
            QT_TRANSLATE_NOOP("TipCatalog",
                              "Ask for concrete help: a meal, or fifteen minutes of babysitting."),
            "Pauzeknop content brief"),
        tip("exhausted-crying-plan", S::Exhausted, everyone,
            QT_TRANSLATE_NOOP("TipCatalog", "Make a crying plan in advance: three calming things, "
                                            "who to call, where the baby goes."),
            "childcareta.acf.hhs.gov"),
        tip("exhausted-share-rule", S::Exhausted, everyone,
            QT_TRANSLATE_NOOP(
                "TipCatalog",
                "Share the never-shake rule and your plan with everyone who minds the baby."),
            "childcareta.acf.hhs.gov; ICON (rscp.org.uk)"),
        tip("exhausted-flat-weeks", S::Exhausted, {Audience::Parent},
            QT_TRANSLATE_NOOP("TipCatalog", "Feeling flat or overwhelmed for weeks after a birth "
                                            "is common. Help exists: your GP, Kind en Gezin, 106."),
            "Pauzeknop content brief"),
        tip("exhausted-safe-sleep-changed", S::Exhausted, {Audience::Grandparent},
            QT_TRANSLATE_NOOP("TipCatalog", "Safe-sleep advice has changed: on the back, in an "
                                            "empty cot. Follow the parents' routine."),
            "Kind en Gezin, safe sleep"),
        tip("exhausted-grandparent-step-away", S::Exhausted, {Audience::Grandparent},
            QT_TRANSLATE_NOOP("TipCatalog", "As a grandparent you may step away too. Putting the "
                                            "baby down safely is always allowed."),
            "ICON (rscp.org.uk)"),
        tip("afterwards-repair", S::Afterwards, everyone,
            QT_TRANSLATE_NOOP("TipCatalog", "Did you shout or grab? It is never too late to talk "
                                            "it through and make up with the child."),
            "Pauzeknop content brief"),
        tip("afterwards-1712", S::Afterwards, everyone,
            QT_TRANSLATE_NOOP("TipCatalog",
                              "1712 also helps people who sometimes use violence, anonymously."),
            "1712.be"),
    };
    return tips;
}

} // namespace pk
