# Sourced by the packaging checks: png_size FILE prints "WIDTH HEIGHT COLOURTYPE" from the header.
png_size() {
    local bytes
    bytes=$(od -An -tu1 -j16 -N10 "$1" | tr -s ' \n' ' ')
    read -r w1 w2 w3 w4 h1 h2 h3 h4 _depth colour <<<"$bytes"
    echo "$(((w1 << 24) | (w2 << 16) | (w3 << 8) | w4)) $(((h1 << 24) | (h2 << 16) | (h3 << 8) | h4)) $colour"
}
