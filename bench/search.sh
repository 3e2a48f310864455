#!/usr/bin/env bash
# National search at national scale: ~20,800 offices (bench/national.sh's hierarchy) each given a published charter of
# 5–40 services (~500,000 services) through the domain and the app's SaveChangesAsync (so auditing and the search
# index hook run as in production), then the citizen's query mix through the code the /search page uses.
#
#   bench/search.sh                      SQLite; PostgreSQL too when PROTISHRUTI_TEST_POSTGRES names a server
#   BENCH_SCALE=0.05 bench/search.sh     a share of the offices get a charter (quick try; the docs say which scale)
#   BENCH_ROUNDS=20                      how many times the whole query mix runs (in shuffled order) after a warm-up
#   BENCH_WRITE_DOCS=0 bench/search.sh   print only
#   BENCH_FROM_LOG="a.log b.log"         no run: format the output of earlier `Protishruti.Bench.dll national-search` runs
#
# Writes the section between <!-- bench:national-search:start --> and <!-- bench:national-search:end -->
# of docs/benchmarks.md. Run it on a quiet machine: the figures are latencies.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DOC=docs/benchmarks.md
BENCH=bench/Protishruti.Bench/bin/Release/net10.0/Protishruti.Bench.dll
SCALE=${BENCH_SCALE:-1}
ROUNDS=${BENCH_ROUNDS:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [[ -z ${BENCH_FROM_LOG:-} ]]; then
    echo "==> build (Release)"
    dotnet build bench/Protishruti.Bench -c Release -v q -nologo </dev/null >/dev/null
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

results=()
run() { # run LABEL ARGS...: keeps the provider= lines
    echo "==> $1"
    shift
    while IFS= read -r line; do echo "    $line"; results+=("$line"); done < <(
        dotnet "$BENCH" national-search --scale="$SCALE" --rounds="$ROUNDS" "$@" | grep -E '^(provider=|phases:|maintenance:)')
}
if [[ -n ${BENCH_FROM_LOG:-} ]]; then
    for f in $BENCH_FROM_LOG; do
        while IFS= read -r line; do results+=("$line"); done < <(grep -E '^(provider=|phases:|maintenance:)' "$f")
    done
else
run SQLite --DataDirectory="$tmp/sqlite"
rm -rf "$tmp/sqlite"
fi
if [[ -n ${BENCH_FROM_LOG:-} ]]; then
    :
elif [[ -n ${PROTISHRUTI_TEST_POSTGRES:-} ]]; then
    run PostgreSQL --drop-after --Database:Provider=Postgres \
        "--ConnectionStrings:Postgres=$PROTISHRUTI_TEST_POSTGRES;Database=protishruti_search_$RANDOM$RANDOM"
else
    echo "==> PostgreSQL skipped: set PROTISHRUTI_TEST_POSTGRES to a server (as ./test.sh does) to include it"
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p; s/^$1=\([^[:space:]]*\).*/\1/p" <<<"$2" | head -1; }
gen="| provider | offices | charters published | services | index entries | offices: seconds | charters: seconds |"$'\n'"| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
declare -A office_seconds=()
for r in "${results[@]}"; do
    [[ $r == *" run=1 "* ]] && office_seconds[$(field provider "$r")]=$(field seconds "$r")
done
for r in "${results[@]}"; do
    [[ $r == *" charters="* ]] || continue
    p=$(field provider "$r")
    gen+=$'\n'"| $p | 20830 | $(field charters "$r") | $(field services "$r") | $(field indexed "$r") | ${office_seconds[$p]:-reused} | $(field seconds "$r") |"
done
lat="| provider | query class | queries | p50 ms | p95 ms | p99 ms | max ms |"$'\n'"| --- | --- | ---: | ---: | ---: | ---: | ---: |"
for r in "${results[@]}"; do
    [[ $r == *" class="* ]] || continue
    cls=$(sed -n 's/.*class="\([^"]*\)".*/\1/p' <<<"$r")
    [[ $cls == "all queries" ]] && cls="**all queries**"
    lat+=$'\n'"| $(field provider "$r") | $cls | $(field queries "$r") | $(field p50 "$r") | $(field p95 "$r") | $(field p99 "$r") | $(field max "$r") |"
done
maint=""
for r in "${results[@]}"; do [[ $r == maintenance:* ]] && maint+="${maint:+; }${r#maintenance: }"; done
if [[ $SCALE == 1 ]]; then title="~500,000 published services"; else title="scale $SCALE of ~500,000 published services"; fi
section="## National search: $title

$gen

$lat

- date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); load average before / after: $load_before / $load_after; commit: $(git rev-parse --short=12 HEAD)
- data: \`bench/Protishruti.Bench/NationalCharters.cs\` + \`ServiceCatalogue.cs\` — scale $SCALE of the offices of
  \`bench/national.sh\` get two staffed posts and a charter (upazila 8–40 services, district 10–40, divisional 10–30,
  head offices 15–40; names drawn with a long-tailed weight from subjects × actions, one in seven with a rarer
  qualifier; 1–3 documents or none, fees, time limits), written, submitted and published through the domain and
  saved in batches of 200 offices through the app's \`SaveChangesAsync\` (audited; the search index hook runs).
- after loading, before searching, the bench does what autovacuum does to a live database: ${maint:-(not recorded)}
- queries: \`bench/Protishruti.Bench/SearchBench.cs\` — the classes above, each query through \`ServiceSearch\` as the
  /search page calls it (a new DI scope and context per query; the page of 20 rows and the count capped at 500+),
  after two warm-up passes; $ROUNDS shuffled rounds. In-process: no HTTP, no output cache (a cached page costs nothing).
- command: \`bench/search.sh\` (PostgreSQL via \`PROTISHRUTI_TEST_POSTGRES\`; \`BENCH_SCALE\`, \`BENCH_ROUNDS\`)"
echo
echo "$section"

if [[ ${BENCH_WRITE_DOCS:-1} == 1 ]]; then
    start='<!-- bench:national-search:start -->'
    end='<!-- bench:national-search:end -->'
    grep -qF "$start" "$DOC" || printf '\n%s\n%s\n' "$start" "$end" >>"$DOC"
    awk -v start="$start" -v end="$end" -v body="$section" '
        $0 == start { print; print body; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }' "$DOC" >"$tmp/doc" && cp "$tmp/doc" "$DOC"
    echo "    wrote the national-search section of $DOC"
fi
