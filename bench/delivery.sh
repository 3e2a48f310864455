#!/usr/bin/env bash
# Applications at national scale (issue 18, "Scale and speed"; ADR 0044): the ~20,800 national offices
# (bench/national.sh's hierarchy) under one Cabinet Division office, a published charter cloned to each, then
# applications over the 730 days up to today written set-based in SQL and the performance facts rebuilt; then
# (a) bulk ingest through POST /api/v1/offices/{code}/applications with Bearer keys, batches of 1,000, several clients;
# (b) the performance API of the Cabinet Division, a ministry, a district and an upazila with ingest going on in
# parallel, beside the app's static file; (c) due dates recomputed after a holiday list import.
#
#   bench/delivery.sh                          PostgreSQL when PROTISHRUTI_TEST_POSTGRES names a server, then SQLite
#   BENCH_APPLICATIONS=10000000                applications generated (BENCH_SQLITE_APPLICATIONS for SQLite, default 2,000,000)
#   BENCH_CLIENTS=4 BENCH_INGEST_SECONDS=30    ingest clients (one office and key each) and measured seconds
#   BENCH_BACKGROUND_RATE=1000                 applications/s posted while the performance API is timed
#   BENCH_REPETITIONS=40                       performance requests per target after a 3-request warm-up
#   BENCH_PROVIDERS="postgres sqlite"          which databases, in this order
#   BENCH_ARGS=--skip-recompute                more arguments (--skip-ingest, --skip-read, --skip-recompute)
#   BENCH_WRITE_DOCS=0 bench/delivery.sh       print only
#   BENCH_FROM_LOG="a.log b.log"               no run: format the output of earlier `national-delivery` runs
#
# Writes the section between <!-- bench:national-delivery:start --> and <!-- bench:national-delivery:end --> of
# docs/benchmarks.md. Client, app and database share the machine: read each figure beside the static file's from the
# same run and the load average printed with it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/section.sh
DOC=docs/benchmarks.md
BENCH=bench/Protishruti.Bench/bin/Release/net10.0/Protishruti.Bench.dll
APPLICATIONS=${BENCH_APPLICATIONS:-10000000}
SQLITE_APPLICATIONS=${BENCH_SQLITE_APPLICATIONS:-2000000}
CLIENTS=${BENCH_CLIENTS:-4}
INGEST_SECONDS=${BENCH_INGEST_SECONDS:-30}
BACKGROUND=${BENCH_BACKGROUND_RATE:-1000}
REPETITIONS=${BENCH_REPETITIONS:-40}
PROVIDERS=${BENCH_PROVIDERS:-postgres sqlite}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p bench/out

if [[ -z ${BENCH_FROM_LOG:-} ]]; then
    echo "==> build (Release)"
    dotnet build bench/Protishruti.Bench -c Release -v q -nologo </dev/null >/dev/null
fi

results=()
run() { # run LABEL ARGS...: one run of the benchmark (bench/section.sh's run_logged)
    local label=$1
    shift
    run_logged delivery "$label" dotnet "$BENCH" national-delivery --clients="$CLIENTS" --ingest-seconds="$INGEST_SECONDS" --background-rate="$BACKGROUND" \
        --repetitions="$REPETITIONS" --RateLimits:ApiKey:PermitLimit=100000000 --RateLimits:Api:PermitLimit=100000000 ${BENCH_ARGS:-} "$@"
}
if [[ -n ${BENCH_FROM_LOG:-} ]]; then
    # shellcheck disable=SC2086 # a list of files
    results_from_logs $BENCH_FROM_LOG
else
    for p in $PROVIDERS; do
        case $p in
            postgres)
                if [[ -n ${PROTISHRUTI_TEST_POSTGRES:-} ]]; then
                    run Postgres --applications="$APPLICATIONS" --drop-after --Database:Provider=Postgres \
                        "--ConnectionStrings:Postgres=$PROTISHRUTI_TEST_POSTGRES;Database=bench_delivery_$RANDOM$RANDOM"
                else
                    echo "==> PostgreSQL skipped: set PROTISHRUTI_TEST_POSTGRES to a server (as ./test.sh does) to include it"
                fi ;;
            sqlite)
                run Sqlite --applications="$SQLITE_APPLICATIONS" --DataDirectory="$tmp/sqlite"
                rm -rf "$tmp/sqlite" ;;
        esac
    done
fi

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p; s/^$1=\([^[:space:]]*\).*/\1/p" <<<"$2" | head -1; }
quoted() { sed -n "s/.*$1=\"\([^\"]*\)\".*/\1/p" <<<"$2"; }
gen="| provider | offices | services per charter | applications | open | offices: s | charters: s | generation: s | facts rebuilt: s | own fact rows | subtree fact rows |"$'\n'"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
ingest="| provider | clients | batches of 1,000 | created | errors | seconds | applications/s | batch p50 ms | batch p95 ms | replayed batch: unchanged | ≥ 5,000/s |"$'\n'"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
reads="| provider | target | offices in subtree | received (FY) | requests | p50 ms | p95 ms | max ms | p95 ÷ static file's | ingest meanwhile /s | target met |"$'\n'"| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
recompute="| provider | holiday change | open applications | open in the changed span | due dates moved | holidays added | seconds | < 60 s |"$'\n'"| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
declare -A office_line=() charter_line=()
loads=""
server=""
for r in "${results[@]}"; do
    p=$(field provider "$r")
    case $r in
        *phase=load*) loads+="$p $(field before "$r" | tr , ' ') / $(field after "$r" | tr , ' '); " ;;
        *phase=server*) server="; PostgreSQL server: $(field settings "$r" | sed 's/,/, /g')" ;;
        *phase=offices*) office_line[$p]=$r ;;
        *phase=charters*) charter_line[$p]=$r ;;
        *phase=generate*)
            gen+=$'\n'"| $p | $(field offices "${office_line[$p]:-}") | $(field services "${charter_line[$p]:-}") | $(field applications "$r") | $(field open "$r") | $(field seconds "${office_line[$p]:-}") | $(field seconds "${charter_line[$p]:-}") | $(field seconds "$r") | $(field facts_seconds "$r") | $(field fact_rows "$r") | $(field subtree_fact_rows "$r") |" ;;
        *phase=ingest*)
            met=$(awk -v a="$(field per_second "$r")" 'BEGIN { print (a >= 5000 ? "yes" : "**no**") }')
            ingest+=$'\n'"| $p | $(field clients "$r") | $(field batches "$r") | $(field created "$r") | $(field errors "$r") | $(field seconds "$r") | $(field per_second "$r") | $(field batch_p50 "$r") | $(field batch_p95 "$r") | $(field replay_unchanged "$r") of 1000 | $met |" ;;
        *phase=read*)
            target=$(quoted target "$r")
            case $target in
                Cabinet*) met=$(awk -v a="$(field p95 "$r")" 'BEGIN { print (a < 200 ? "yes (< 200 ms)" : "**no** (< 200 ms)") }') ;;
                static*) met=— ;;
                *) met=$(awk -v a="$(field p95 "$r")" 'BEGIN { print (a < 50 ? "yes (< 50 ms)" : "**no** (< 50 ms)") }') ;;
            esac
            reads+=$'\n'"| $p | $target | $(field offices "$r") | $(field received "$r") | $(field n "$r") | $(field p50 "$r") | $(field p95 "$r") | $(field max "$r") | $(field ratio "$r") | $(field background_per_second "$r") | $met |" ;;
        *phase=recompute*)
            met=$(awk -v a="$(field seconds "$r")" 'BEGIN { print (a < 60 ? "yes" : "**no**") }')
            case $(field scenario "$r") in
                next-week) change="one closure next week" ;;
                retroactive) change="one closure a month, past year (worst case; delivered re-stamped)" ;;
                *) change="one closure a month, past year" ;;
            esac
            recompute+=$'\n'"| $p | $change | $(field open "$r") | $(field examined "$r") | $(field moved "$r") | $(field holidays "$r") | $(field seconds "$r") | $met |" ;;
    esac
done
cat >"$tmp/section" <<SECTION
## Applications at national scale: ingest, the performance roll-up with writes going on, and the holiday recompute

$gen

$ingest

$reads

$recompute

- date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); load average before / after each run: ${loads:-not measured here; }commit: $(git rev-parse --short=12 HEAD)${server}
- data: the national hierarchy of \`bench/national.sh\` under one \`cabinet-division\` office; one charter generated through
  the domain (\`NationalCharters\`) and cloned set-based to every office (version and services: the same national
  services everywhere, as a ministry's standard charter gives its field offices; not audited, no search index). Then
  the applications over the 730 days up to today, set-based in SQL (\`bench/Protishruti.Bench/NationalDelivery.cs\`):
  office = rank ⌊N·u⁴⌋ of a fixed shuffle (the top 1% of offices get about a third), service = rank ⌊S·v³⌋ of the
  charter's S services (the first fifth carry about 58%); 62% delivered within the limit, 10% late, 5% rejected, 3%
  withdrawn or transferred, the rest open (and any whose closing day would fall after today); due dates and working
  days taken from the app's own \`Promise.For\` and holiday calendar. The fact triggers are off during the load and the
  facts are rebuilt in one statement (\`ApplicationFactTriggers.Rebuild\`), then \`VACUUM ANALYZE\` / \`ANALYZE\`.
- ingest: clients post batches of 1,000 new applications back to back, each client its own upazila office and Bearer key
  (\`RateLimits:ApiKey\` raised for the run); every item validated by \`ApplicationRecorder\` and answered with its
  tracking number and due date; the facts move in the same transaction (triggers). "replayed batch": the first batch
  sent again after the run — every item must answer \`unchanged\` (idempotent).
- reads: \`GET /api/v1/offices/{code}/performance?fy=…&quarter=annual\` for the fiscal year of 90 days ago, 3 warm-up
  requests then N, one after another, while ingest posts batches of 1,000 at the "meanwhile" rate. Reference: the app's
  own \`/css/site.css\`, timed the same way just before.
- recompute, two holiday changes one after the other, each followed by \`DueDates.RecomputeOpenAsync\` over its span
  ("open in the changed span" is what it has to examine): (1) one closure on the fifth working day from today, as an
  executive order announces a holiday for next week — every open application whose count crosses it moves; (2) one
  closure a month over the last twelve months and the next (a corrected list imported after the fact), the worst case:
  besides the due dates, every delivered application whose span holds one of the days gets its working days taken
  stamped again, so that the distribution of days taken follows the calendar.
- targets (issue 18): ingest ≥ 5,000 applications/s; Cabinet Division p95 < 200 ms and upazila (ministry, district:
  same bar here) p95 < 50 ms with writes going on; recompute for 1 million open applications < 60 s.
- command: \`bench/delivery.sh\` (PostgreSQL via \`PROTISHRUTI_TEST_POSTGRES\`)
SECTION
echo
cat "$tmp/section"
if [[ ${BENCH_WRITE_DOCS:-1} == 1 ]]; then
    write_section "$DOC" national-delivery "$tmp/section"
    echo "    wrote the national-delivery section of $DOC"
fi
