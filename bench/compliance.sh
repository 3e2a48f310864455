#!/usr/bin/env bash
# The compliance dashboard at national scale (issue 6): the ~20,800 national offices (bench/national.sh's hierarchy)
# under one Cabinet Division office, four quarters of FY 2024-25 progress reports for all of them in a realistic mix
# of states with their entries, monitoring committees and meetings (set-based SQL), then the dashboard page (signed in
# as a SystemAdmin) and the JSON API of the Cabinet Division and of a ministry, over HTTP on a loopback port.
#
#   bench/compliance.sh                      SQLite; PostgreSQL too when PROTISHRUTI_TEST_POSTGRES names a server
#   BENCH_REPETITIONS=40                     requests per target after a 3-request warm-up (quarters 1–4 in turn)
#   BENCH_WRITE_DOCS=0 bench/compliance.sh   print only
#   BENCH_FROM_LOG="a.log b.log"             no run: format the output of earlier `Protishruti.Bench.dll national-compliance` runs
#
# Writes the section between <!-- bench:national-compliance:start --> and <!-- bench:national-compliance:end -->
# of docs/benchmarks.md. Run it on a quiet machine: the figures are latencies (processor time is printed beside them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/section.sh
DOC=docs/benchmarks.md
BENCH=bench/Protishruti.Bench/bin/Release/net10.0/Protishruti.Bench.dll
REPETITIONS=${BENCH_REPETITIONS:-40}
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
        dotnet "$BENCH" national-compliance --repetitions="$REPETITIONS" "$@" | grep -E '^provider=')
}
if [[ -n ${BENCH_FROM_LOG:-} ]]; then
    # shellcheck disable=SC2086 # a list of files
    results_from_logs $BENCH_FROM_LOG
else
    run SQLite --DataDirectory="$tmp/sqlite"
    rm -rf "$tmp/sqlite"
    if [[ -n ${PROTISHRUTI_TEST_POSTGRES:-} ]]; then
        run PostgreSQL --drop-after --Database:Provider=Postgres \
            "--ConnectionStrings:Postgres=$PROTISHRUTI_TEST_POSTGRES;Database=protishruti_compliance_$RANDOM$RANDOM"
    else
        echo "==> PostgreSQL skipped: set PROTISHRUTI_TEST_POSTGRES to a server (as ./test.sh does) to include it"
    fi
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p; s/^$1=\([^[:space:]]*\).*/\1/p" <<<"$2" | head -1; }
gen="| provider | offices | reports | entries | meetings | decisions | committee records | offices: seconds | generation: seconds |"$'\n'"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
timing="| provider | target | requests | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms | bytes |"$'\n'"| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
declare -A office_line=()
for r in "${results[@]}"; do
    p=$(field provider "$r")
    case $r in
        *phase=offices*) office_line[$p]=$r ;;
        *phase=generate*) gen+=$'\n'"| $p | $(field offices "${office_line[$p]:-}") | $(field reports "$r") | $(field entries "$r") | $(field meetings "$r") | $(field decisions "$r") | $(field committee_records "$r") | $(field seconds "${office_line[$p]:-}") | $(field seconds "$r") |" ;;
        *target=*)
            target=$(sed -n 's/.*target="\([^"]*\)".*/\1/p' <<<"$r")
            timing+=$'\n'"| $p | $target | $(field n "$r") | $(field p50 "$r") | $(field p95 "$r") | $(field max "$r") | $(field cpu_p50 "$r") | $(field cpu_p95 "$r") | $(field bytes "$r") |" ;;
    esac
done
cat >"$tmp/section" <<SECTION
## Compliance dashboard at national scale

$gen

$timing

- date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); load average before/after: $load_before / $load_after; commit: $(git rev-parse --short=12 HEAD)
- data: the national hierarchy of \`bench/national.sh\` under one \`cabinet-division\` office (imported through the app's CSV
  importer), then \`bench/Protishruti.Bench/NationalCompliance.cs\` writes, set-based in SQL, four quarters of FY 2024-25
  citizen-charter reports (per quarter 55% accepted on time, 15% on time awaiting review, 10% late, 5% returned, 5% a draft,
  10% none) with every applicable indicator's entry, committees with quarter records, and meetings with minutes issued
  and two decisions each. These rows are not audited (the app's own saves are).
- measured: HTTP GET on a loopback Kestrel in the bench process, signed in as a SystemAdmin for the page; each target
  warmed up with 3 requests, then requested N times cycling quarters 1–4. "CPU" is the process's processor time per
  request (client and server), which stays meaningful when the machine is shared and wall times swing.
- roll-up (ADR 0022): per-office facts marked by triggers and recounted before a read. "first request of a quarter" is
  the one-off build of that quarter's facts for every office (the generated rows' change marks drop all quarters first);
  "a report changed before each request" flips one report between returned and submitted by SQL before each request,
  so each request first recounts that office in the four built quarters.
- targets (issue 6): p95 < 200 ms on PostgreSQL, < 500 ms on SQLite.
- command: \`bench/compliance.sh\` (PostgreSQL via \`PROTISHRUTI_TEST_POSTGRES\`)
SECTION
echo
cat "$tmp/section"
if [[ ${BENCH_WRITE_DOCS:-1} == 1 ]]; then
    write_section "$DOC" national-compliance "$tmp/section"
    echo "    wrote the national-compliance section of $DOC"
fi
