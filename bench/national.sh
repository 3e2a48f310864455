#!/usr/bin/env bash
# National-scale office hierarchy: ~20,800 offices shaped like Bangladesh's (domain.md §9.2), loaded through the
# app's own start-up (migrations) and CSV importer, first as new offices and then again (every row matched; nothing changes).
#
#   bench/national.sh                  SQLite; PostgreSQL too when PROTISHRUTI_TEST_POSTGRES names a server
#   BENCH_WRITE_DOCS=0 bench/national.sh   print only
#
# Writes the section between <!-- bench:national-offices:start --> and <!-- bench:national-offices:end -->
# of docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DOC=docs/benchmarks.md
BENCH=bench/Protishruti.Bench/bin/Release/net10.0/Protishruti.Bench.dll
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "==> build (Release)"
dotnet build bench/Protishruti.Bench -c Release -v q -nologo </dev/null >/dev/null

results=()
echo "==> SQLite"
while IFS= read -r line; do echo "    $line"; results+=("$line"); done < <(
    dotnet "$BENCH" national-offices --times=2 --DataDirectory="$tmp/sqlite" | grep '^provider=')

if [[ -n ${PROTISHRUTI_TEST_POSTGRES:-} ]]; then
    echo "==> PostgreSQL"
    db="protishruti_national_$RANDOM$RANDOM"
    while IFS= read -r line; do echo "    $line"; results+=("$line"); done < <(
        dotnet "$BENCH" national-offices --times=2 --drop-after --Database:Provider=Postgres \
            "--ConnectionStrings:Postgres=$PROTISHRUTI_TEST_POSTGRES;Database=$db" | grep '^provider=')
else
    echo "==> PostgreSQL skipped: set PROTISHRUTI_TEST_POSTGRES to a server (as ./test.sh does) to include it"
fi

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p; s/^$1=\([^[:space:]]*\).*/\1/p" <<<"$2" | head -1; }
table="| provider | run | offices in file | created | updated | seconds |"$'\n'"| --- | ---: | ---: | ---: | ---: | ---: |"
for r in "${results[@]}"; do
    table+=$'\n'"| $(field provider "$r") | $(field run "$r") | $(field rows "$r") | $(field created "$r") | $(field updated "$r") | $(field seconds "$r") |"
done
section="## National office hierarchy: load through the CSV importer

$table

- date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); commit: $(git rev-parse --short=12 HEAD)
- data: \`bench/Protishruti.Bench/NationalOffices.cs\` — 58 ministries, 360 departments (36 with field offices),
  36 × (8 divisional + 64 district + 495 upazila) field offices; run 1 creates them (each audited, as in
  production), run 2 re-imports the same file: every row is validated and matched, nothing changes, nothing is written.
- command: \`bench/national.sh\` (PostgreSQL via \`PROTISHRUTI_TEST_POSTGRES\`)"
echo
echo "$section"

if [[ ${BENCH_WRITE_DOCS:-1} == 1 ]]; then
    start='<!-- bench:national-offices:start -->'
    end='<!-- bench:national-offices:end -->'
    grep -qF "$start" "$DOC" || printf '\n%s\n%s\n' "$start" "$end" >>"$DOC"
    awk -v start="$start" -v end="$end" -v body="$section" '
        $0 == start { print; print body; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }' "$DOC" >"$tmp/doc" && cp "$tmp/doc" "$DOC"
    echo "    wrote the national-offices section of $DOC"
fi
