# Sourced by the bench scripts: write_section DOC NAME FILE replaces the part of DOC between
# <!-- bench:NAME:start --> and <!-- bench:NAME:end --> with FILE (appending the markers when DOC has none).
write_section() {
    local doc=$1 name=$2 file=$3
    local start="<!-- bench:$name:start -->" end="<!-- bench:$name:end -->"
    grep -qF "$start" "$doc" || printf '\n%s\n%s\n' "$start" "$end" >>"$doc"
    awk -v sec="$file" -v start="$start" -v end="$end" '
        $0 == start { print; while ((getline l < sec) > 0) print l; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }' "$doc" >"$doc.tmp" && mv "$doc.tmp" "$doc"
}
