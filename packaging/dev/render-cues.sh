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
sox -n $fmt "$out/cue-in.wav" synth 0.7 sine 330-440 fade q 0.25 0.7 0.35 gain -n -20
sox -n $fmt "$out/cue-out.wav" synth 0.9 sine 440-294 fade q 0.25 0.9 0.5 gain -n -20
# The walk-away chime: two soft bell tones.
sox -n $fmt "$tmp/c1.wav" synth 1.6 sine 659 fade q 0.02 1.6 1.5
sox -n $fmt "$tmp/c2.wav" synth 1.6 sine 880 fade q 0.02 1.6 1.5 pad 0.5
sox -m "$tmp/c1.wav" "$tmp/c2.wav" $fmt "$out/chime.wav" gain -n -18

# Spoken cues: lang|in|more|hold|out, slow and calm.
while IFS='|' read -r lang voice in more hold breatheout; do
    mkdir -p "$out/$lang"
    for cue in in more hold out; do
        case $cue in
            in) text=$in ;; more) text=$more ;; hold) text=$hold ;; out) text=$breatheout ;;
        esac
        espeak-ng -v "$voice" -s 130 -p 40 -w "$tmp/raw.wav" "$text"
        sox "$tmp/raw.wav" $fmt "$out/$lang/$cue.wav" silence 1 0.02 1% reverse silence 1 0.02 1% reverse gain -n -14
    done
done <<'PHRASES'
en|en-gb|Breathe in|A little more|Hold|Breathe out
nl|nl|Adem in|Nog een beetje|Houd vast|Adem uit
fr|fr|Inspirez|Encore un peu|Retenez|Expirez
de|de|Einatmen|Noch ein wenig|Halten|Ausatmen
ar|ar|شهيق|قليلا بعد|احبس النفس|زفير
PHRASES
du -ch "$out"/*.wav "$out"/*/*.wav | tail -1
