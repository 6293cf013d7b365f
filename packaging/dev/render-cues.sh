#!/bin/sh
# Renders Pauzeknop's sound cues into resources/sounds: soft tones with sox and spoken cues with
# espeak-ng, all 16 kHz mono 16-bit WAV. Run again after changing a phrase; commit the WAVs.
# Needs: sox espeak-ng. Human recordings can replace any file later under the same name.
set -eu
cd "$(dirname "$0")/../.."
out=resources/sounds
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fmt="-r 16000 -c 1 -b 16"

# Soft tones: short sine glides with slow fades, peaking at -20 dBFS (the player caps further).
sox -R -n $fmt "$out/cue-in.wav" synth 0.7 sine 330-440 fade q 0.25 0.7 0.35 gain -n -20
sox -R -n $fmt "$out/cue-out.wav" synth 0.9 sine 440-294 fade q 0.25 0.9 0.5 gain -n -20
# The walk-away chime: two soft bell tones.
sox -R -n $fmt "$tmp/c1.wav" synth 1.6 sine 659 fade q 0.02 1.6 1.5
sox -R -n $fmt "$tmp/c2.wav" synth 1.6 sine 880 fade q 0.02 1.6 1.5 pad 0.5
sox -R -m "$tmp/c1.wav" "$tmp/c2.wav" $fmt "$out/chime.wav" gain -n -18

# Spoken cues: lang|espeak-ng voice|Breathe in|A little more|Hold|Breathe out, slow and calm.
# "A little more" is the short second sip of air on top of an in-breath (physiological sigh).
# Every language of LanguageManager::available() that espeak-ng has a voice for; Somali (so) has
# none, so the app plays the soft tones there. Polite or plural imperatives where a language
# prefers them in instructions (tr, bg, ru, uk, fa, pt), nouns where guided breathing uses nouns
# (pl, ru, uk: "inhale"/"exhale"). Keep the phrases in step with the phase words on screen.
while IFS='|' read -r lang voice in more hold breatheout; do
    mkdir -p "$out/$lang"
    for cue in in more hold out; do
        # "A little more" fits its 1-second phase: said a little faster (170 words a minute).
        rate=130
        case $cue in
            in) text=$in ;; more) text=$more rate=170 ;; hold) text=$hold ;; out) text=$breatheout ;;
        esac
        espeak-ng -v "$voice" -s "$rate" -p 40 -w "$tmp/raw.wav" "$text"
        # -R: no random dither, so that rendering again gives the same bytes.
        sox -R "$tmp/raw.wav" $fmt "$out/$lang/$cue.wav" silence 1 0.02 1% reverse silence 1 0.02 1% reverse gain -n -14
    done
done <<'PHRASES'
en|en-gb|Breathe in|A little more|Hold|Breathe out
nl|nl|Adem in|Nog een beetje|Vasthouden|Adem uit
fr|fr|Inspirez|Encore un peu|Retenez|Expirez
de|de|Einatmen|Noch ein wenig|Halten|Ausatmen
ar|ar|شهيق|شهيق آخر|احبس النفس|زفير
tr|tr|Nefes alın|Biraz daha|Nefesinizi tutun|Nefes verin
pl|pl|Wdech|Jeszcze trochę|Wstrzymaj oddech|Wydech
ro|ro|Inspiră|Încă puțin|Ține-ți respirația|Expiră
bg|bg|Вдишайте|Още малко|Задръжте дъха|Издишайте
es|es|Toma aire|Un poco más|Retén el aire|Suelta el aire
it|it|Inspira|Ancora un po'|Trattieni il respiro|Espira
pt|pt|Inspire|Mais um pouco|Prenda a respiração|Expire
ru|ru|Вдох|Ещё немного|Задержите дыхание|Выдох
uk|uk|Вдих|Ще трохи|Затримайте дихання|Видих
fa|fa|نفس بکشید|کمی بیشتر|نفس را نگه دارید|نفس را بیرون بدهید
PHRASES
du -ch "$out"/*.wav "$out"/*/*.wav | tail -1
