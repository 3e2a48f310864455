#!/usr/bin/env bash
# Complaints at scale (issue 19, "Scale"): the ~20,800 national offices (bench/national.sh's hierarchy) under one
# Cabinet Division office, then (a) complaints offered at a fixed rate through Open311's anonymous
# POST /open311/v2/requests.json on a loopback port by an open-loop client in the bench process (a request leaves at its
# scheduled time whatever the earlier ones are doing; its latency counts from that time, as wrk2 does), the app's own
# /css/site.css at the same rate as the reference, and the complaints counted in the database afterwards; (b) 2 million
# complaints in FY 2025-26 written set-based in SQL, then the statistics API of the Cabinet Division, a ministry, a
# district and an upazila, timed.
#
#   bench/grievances.sh                       PostgreSQL when PROTISHRUTI_TEST_POSTGRES names a server, then SQLite
#   BENCH_RATE=200 BENCH_SECONDS=30 BENCH_WARMUP=5   offered complaints a second, measured seconds, warm-up seconds
#   BENCH_COMPLAINTS=2000000                  complaints generated for the statistics (BENCH_SQLITE_COMPLAINTS for SQLite)
#   BENCH_REPETITIONS=40                      statistics requests per target after a 3-request warm-up
#   BENCH_PROVIDERS="postgres sqlite"         which databases, in this order
#   BENCH_ARGS=--skip-submission              more arguments for the verb (--skip-submission, --skip-statistics,
#                                             --anonymous: complaints without name, mobile or e-mail, so no receipts)
#   BENCH_WRITE_DOCS=0 bench/grievances.sh    print only
#   BENCH_FROM_LOG="a.log b.log"              no run: format the output of earlier `Protishruti.Bench.dll national-grievances` runs
#
# Writes the section between <!-- bench:national-grievances:start --> and <!-- bench:national-grievances:end --> of
# docs/benchmarks.md. The client, the app and the database share the machine: compare each figure with the static
# file's from the same run, and read the load average printed beside them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/section.sh
DOC=docs/benchmarks.md
BENCH=bench/Protishruti.Bench/bin/Release/net10.0/Protishruti.Bench.dll
RATE=${BENCH_RATE:-200}
SECONDS_=${BENCH_SECONDS:-30}
WARMUP=${BENCH_WARMUP:-5}
COMPLAINTS=${BENCH_COMPLAINTS:-2000000}
SQLITE_COMPLAINTS=${BENCH_SQLITE_COMPLAINTS:-$COMPLAINTS}
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
    run_logged grievances "$label" dotnet "$BENCH" national-grievances --rate="$RATE" --seconds="$SECONDS_" --warmup="$WARMUP" --repetitions="$REPETITIONS" \
        --RateLimits:Api:PermitLimit=100000000 ${BENCH_ARGS:-} "$@"
}
if [[ -n ${BENCH_FROM_LOG:-} ]]; then
    # shellcheck disable=SC2086 # a list of files
    results_from_logs $BENCH_FROM_LOG
else
    for p in $PROVIDERS; do
        case $p in
            postgres)
                if [[ -n ${PROTISHRUTI_TEST_POSTGRES:-} ]]; then
                    run Postgres --complaints="$COMPLAINTS" --drop-after --Database:Provider=Postgres \
                        "--ConnectionStrings:Postgres=$PROTISHRUTI_TEST_POSTGRES;Database=protishruti_grievances_$RANDOM$RANDOM"
                else
                    echo "==> PostgreSQL skipped: set PROTISHRUTI_TEST_POSTGRES to a server (as ./test.sh does) to include it"
                fi ;;
            sqlite)
                run Sqlite --complaints="$SQLITE_COMPLAINTS" --DataDirectory="$tmp/sqlite"
                rm -rf "$tmp/sqlite" ;;
        esac
    done
fi

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p; s/^$1=\([^[:space:]]*\).*/\1/p" <<<"$2" | head -1; }
quoted() { sed -n "s/.*$1=\"\([^\"]*\)\".*/\1/p" <<<"$2"; }
submit="| provider | target | offered/s | sent | achieved/s | OK | errors | p50 ms | p95 ms | p99 ms | max ms | p99 ÷ static file's | CPU ms per request | target met |"$'\n'"| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
counted="| provider | 201 Created (measured + warm-up) | distinct tracking numbers | complaints in the database | lost |"$'\n'"| --- | ---: | ---: | ---: | ---: |"
gen="| provider | offices | complaints in FY 2025-26 | offices: seconds | generation: seconds |"$'\n'"| --- | ---: | ---: | ---: | ---: |"
timing="| provider | office | offices in subtree | complaints counted | requests | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms | bytes | p95 < 200 ms |"$'\n'"| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
declare -A office_line=() static_p99=()
loads=""
for r in "${results[@]}"; do
    p=$(field provider "$r")
    case $r in
        *phase=load*) loads+="$p $(field before "$r" | tr , ' ') / $(field after "$r" | tr , ' '); " ;;
        *phase=offices*) office_line[$p]=$r ;;
        *phase=submit*)
            target=$(quoted target "$r")
            [[ $target == static* ]] && static_p99[$p]=$(field p99 "$r")
            ratio=$(awk -v a="$(field p99 "$r")" -v s="${static_p99[$p]:-0}" 'BEGIN { printf "%.1f", (s > 0 ? a / s : 0) }')
            met=—
            [[ $target == Open311* ]] && met=$(awk -v a="$(field achieved "$r")" -v o="$(field offered "$r")" -v e="$(field errors "$r")" -v p="$(field p99 "$r")" \
                'BEGIN { print (a >= 0.99 * o && e == 0 && p < 200 ? "yes" : "**no**") }')
            submit+=$'\n'"| $p | $target | $(field offered "$r") | $(field sent "$r") | $(field achieved "$r") | $(field ok "$r") | $(field errors "$r") | $(field p50 "$r") | $(field p95 "$r") | $(field p99 "$r") | $(field max "$r") | $ratio | $(field cpu_ms "$r") | $met |"
            if [[ $target == Open311* ]]; then
                created=$(( $(field created "$r") + $(field warmup_created "$r") ))
                rows=$(( $(field rows "$r") + $(field warmup_rows "$r") ))
                counted+=$'\n'"| $p | $created | $(field tracking_numbers "$r") (measured) | $rows | $((created - rows)) |"
            fi ;;
        *phase=generate*) gen+=$'\n'"| $p | $(field offices "${office_line[$p]:-}") | $(field complaints "$r") | $(field seconds "${office_line[$p]:-}") | $(field seconds "$r") |" ;;
        *target=*)
            met=$(awk -v p="$(field p95 "$r")" 'BEGIN { print (p < 200 ? "yes" : "**no**") }')
            timing+=$'\n'"| $p | $(quoted target "$r") | $(field offices "$r") | $(field received "$r") | $(field n "$r") | $(field p50 "$r") | $(field p95 "$r") | $(field max "$r") | $(field cpu_p50 "$r") | $(field cpu_p95 "$r") | $(field bytes "$r") | $met |" ;;
    esac
done
cat >"$tmp/section" <<SECTION
## Complaints at national scale: submissions at a fixed rate, and the statistics over 2 million

$submit

$counted

$gen

$timing

- date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); load average before / after each run: ${loads:-not measured here; }commit: $(git rev-parse --short=12 HEAD)
- submission: \`POST /open311/v2/requests.json\` form-encoded (\`jurisdiction_id\` in turn the ministry, district and upazila
  office below, \`service_code=other\`, a distinct \`description\`, \`first_name\`, \`phone\`, \`email\`: so each complaint
  also queues its e-mail and SMS receipts), no key, RateLimits:Api:PermitLimit raised for the run. The client in
  \`bench/Protishruti.Bench/NationalGrievances.cs\` is open-loop: request i leaves at start + i/rate on its own task
  whatever the earlier ones are doing, and its latency counts from that scheduled time (as wrk2 corrects for coordinated
  omission), so a server that falls behind shows it in the percentiles and in "achieved". First ${WARMUP}s of each
  target at the same rate as warm-up, then ${SECONDS_}s measured. Reference: the app's own \`/css/site.css\` (static files
  middleware, same process, same rate, same client) just before. Client, app and database share the machine. "CPU ms
  per request" is the bench process's processor time over the run ÷ requests (client and app, not the database server).
- counted: complaints whose text carries the run's marker, after the last answer; "lost" = 201 answers − rows.
- statistics: the national hierarchy of \`bench/national.sh\` under one \`cabinet-division\` office, then complaints in FY
  2025-26 set-based in SQL (not audited, unlike the app's own saves): office i drawn as rank ⌊N·u⁴⌋ of a fixed shuffle
  of all offices (the top 1% of offices get about a third), one of 12 services as rank ⌊13·v²⌋ (the 13th "other"; the
  first three about half); 50% resolved within the deadline (4% of all then rated "not resolved"), 10% resolved late,
  8% rejected or not a grievance, 12% appealed (half closed, half open and overdue), 5% at the cabinet cell, 10% open
  and overdue at the office, 5% waiting for the citizen or under investigation; then \`VACUUM ANALYZE\` / \`ANALYZE\`.
  Measured: \`GET /api/v1/offices/{code}/grievances/statistics?fy=2025-26\` (GrievanceStatistics: the kept facts of
  ADR 0045, one row per office for the roll-up; the first warm-up request builds the year's facts from the complaints,
  which the set-based generation marked through the triggers), 3 warm-up requests then N, over HTTP on the same loopback port.
  "CPU" is the bench process's processor time per request (client and app; PostgreSQL's own work is not in it).
- targets (issue 19): 200 complaints/s with p99 < 200 ms and none lost; national statistics p95 < 200 ms on PostgreSQL.
- command: \`bench/grievances.sh\` (PostgreSQL via \`PROTISHRUTI_TEST_POSTGRES\`)
SECTION
echo
cat "$tmp/section"
if [[ ${BENCH_WRITE_DOCS:-1} == 1 ]]; then
    write_section "$DOC" national-grievances "$tmp/section"
    echo "    wrote the national-grievances section of $DOC"
fi
