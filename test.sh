#!/usr/bin/env bash
# The project's one test command (see docs/adr/0003-test-harness.md).
#
#   ./test.sh          everything, as CI runs it
#   ./test.sh --fast   the inner loop: tests/Protishruti.Tests without the PostgreSQL variants
#                      (trait Database=Postgres) and without the browser tests; no cluster is started
#
# 1. installs missing Debian packages (chromium, postgresql, fonts-noto-core, poppler-utils, libreoffice-writer-nogui)
# 2. starts a throwaway PostgreSQL cluster on a free loopback port (unless
#    PROTISHRUTI_TEST_POSTGRES is already set) and exports PROTISHRUTI_TEST_POSTGRES
# 3. restores tools and builds the solution once (Release)
# 4. checks both EF Core providers for model changes without a migration
# 5. runs tests/Protishruti.Tests and tests/Protishruti.BrowserTests (both, always), each writing
#    a TRX report (per-test timings) to artifacts/test-results/<project>/<project>.trx
# 6. prints the slowest tests and classes, then a summary ending in "N passed, N failed" and
#    "RESULT: PASS|FAIL"
#
# Environment knobs:
#   PROTISHRUTI_TEST_POSTGRES   use this server instead of starting a cluster
#   PROTISHRUTI_TEST_TIMEOUT    per test project time limit for `timeout` (default 30m)
#   PROTISHRUTI_ARTIFACTS       where logs go (default ./artifacts)
set -euo pipefail

FAST=
for arg in "$@"; do
    case $arg in
        --fast) FAST=1 ;;
        -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) printf 'unknown argument: %s (try --help)\n' "$arg" >&2; exit 2 ;;
    esac
done

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(pwd)

ARTIFACTS=${PROTISHRUTI_ARTIFACTS:-$ROOT/artifacts}
LOG_DIR=$ARTIFACTS/test-logs
RESULTS_DIR=$ARTIFACTS/test-results
TEST_TIMEOUT=${PROTISHRUTI_TEST_TIMEOUT:-30m}
TEST_PROJECTS=(tests/Protishruti.Tests tests/Protishruti.BrowserTests)
TEST_FILTER=()
SLOWEST=15
if [[ -n $FAST ]]; then
    TEST_PROJECTS=(tests/Protishruti.Tests)
    TEST_FILTER=(--filter-not-trait "Database=Postgres")
fi
DB_CONTEXTS=(SqliteAppDbContext PostgresAppDbContext)

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

STEP=0
step() { STEP=$((STEP + 1)); printf '\n==> [%d/6] %s\n' "$STEP" "$*"; }
info() { printf '    %s\n' "$*"; }
die() { printf '\nERROR: %s\nRESULT: FAIL\n' "$*" >&2; exit 1; }

retry() { # retry N cmd...: for apt, whose mirrors hiccup now and then
    local n=$1 i; shift
    for ((i = 1; i <= n; i++)); do
        "$@" && return 0
        ((i < n)) && { info "attempt $i of $n failed: $*; retrying in 5s"; sleep 5; }
    done
    return 1
}

pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

find_pg_bindir() { # newest Debian server bindir, else whatever initdb is on PATH
    local initdb
    initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)
    [[ -n $initdb ]] || initdb=$(command -v initdb 2>/dev/null || true)
    [[ -n $initdb && -x $(dirname "$initdb")/pg_ctl ]] || return 1
    dirname "$initdb"
}

# ---------------------------------------------------------------------------
step "System packages"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[[ -n $FAST ]] || find_pg_bindir >/dev/null || missing+=(postgresql)
pkg_installed fonts-noto-core || missing+=(fonts-noto-core)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
if ((${#missing[@]} == 0)); then
    info "all present (chromium, postgresql, fonts-noto-core, poppler-utils, libreoffice-writer-nogui)"
elif ((EUID != 0)); then
    die "missing Debian packages: ${missing[*]}
       Install them as root and rerun:
         sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
else
    info "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    retry 3 apt-get update -q </dev/null || die "apt-get update failed"
    retry 3 apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null \
        || die "apt-get install ${missing[*]} failed"
fi
CHROMIUM=$(command -v chromium 2>/dev/null) || die "chromium is not on PATH after install"
export PLAYWRIGHT_CHROMIUM_EXECUTABLE=${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-$CHROMIUM}
info "chromium: $PLAYWRIGHT_CHROMIUM_EXECUTABLE"

# ---------------------------------------------------------------------------
step "PostgreSQL"
PG_DIR=
PG_BIN=
as_pg() { # run a command as the postgres OS user when we are root (PostgreSQL refuses root)
    if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}
stop_pg() {
    [[ -n $PG_DIR ]] || return 0
    if [[ -f $PG_DIR/data/postmaster.pid ]]; then
        as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DIR/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_DIR"
    PG_DIR=
}
# A test run goes in the background (so a signal reaches us at once, not after it ends) in
# timeout's own process group; on INT/TERM/HUP we TERM that group, then the EXIT trap stops PG.
CHILD=
on_exit() { local rc=$?; stop_pg; exit "$rc"; }
on_signal() {
    trap - INT TERM HUP
    if [[ -n $CHILD ]]; then
        kill -TERM "$CHILD" 2>/dev/null || true
        wait "$CHILD" 2>/dev/null || true
    fi
    printf '\nInterrupted.\nRESULT: FAIL\n' >&2
    exit "$1"
}
trap on_exit EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM
trap 'on_signal 129' HUP

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [[ -n $FAST ]]; then
    info "skipped (--fast): the PostgreSQL test classes are left out by their trait Database=Postgres"
elif [[ -n ${PROTISHRUTI_TEST_POSTGRES:-} ]]; then
    info "using PROTISHRUTI_TEST_POSTGRES from the environment; no cluster started"
else
    PG_BIN=$(find_pg_bindir) || die "initdb/pg_ctl not found (is the postgresql package installed?)"
    if ((EUID == 0)) && ! id -u postgres >/dev/null 2>&1; then
        info "creating OS user postgres"
        useradd --system --user-group --no-create-home --home-dir /var/lib/postgresql \
            --shell /bin/bash postgres
    fi
    PG_DIR=$(mktemp -d /tmp/protishruti-pg.XXXXXX)
    chmod 0755 "$PG_DIR"
    mkdir -p "$PG_DIR/sock"
    ((EUID == 0)) && chown -R postgres: "$PG_DIR"
    as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 \
        >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
    started=
    for attempt in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 30000))
        port_in_use "$port" && continue
        # Throwaway data: durability off for speed; room for per-test databases and pools.
        if as_pg "$PG_BIN/pg_ctl" start -D "$PG_DIR/data" -w -t 60 -l "$PG_DIR/postgres.log" \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR/sock -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            >/dev/null; then
            started=1
            break
        fi
        info "pg_ctl start on port $port failed (attempt $attempt); log tail:"
        tail -5 "$PG_DIR/postgres.log" 2>/dev/null | sed 's/^/      /' || true
    done
    [[ -n $started ]] || { cat "$PG_DIR/postgres.log" >&2 || true; die "could not start PostgreSQL"; }
    for _ in $(seq 1 60); do
        "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres && break
        sleep 0.5
    done
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres || die "PostgreSQL did not become ready"
    export PROTISHRUTI_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres"
    info "$("$PG_BIN/postgres" --version) on 127.0.0.1:$port, data in $PG_DIR (removed on exit)"
fi

# ---------------------------------------------------------------------------
step "Restore tools and build (Release)"
mkdir -p "$LOG_DIR" "$RESULTS_DIR"
dotnet tool restore </dev/null || die "dotnet tool restore failed"
build_ok=1
dotnet build Protishruti.slnx -c Release </dev/null 2>&1 | tee "$LOG_DIR/build.log" || build_ok=
if [[ -z $build_ok ]]; then
    printf '\n==> Summary\n    build: FAILED (log: %s)\n0 passed, 0 failed\nRESULT: FAIL\n' \
        "${LOG_DIR#"$ROOT"/}/build.log"
    exit 1
fi

# ---------------------------------------------------------------------------
step "EF Core migrations up to date"
declare -A mig_status=()
for ctx in "${DB_CONTEXTS[@]}"; do
    log=$LOG_DIR/migrations-$ctx.log
    set +e
    dotnet ef migrations has-pending-model-changes --project src/Protishruti.Web \
        --context "$ctx" --no-build --configuration Release </dev/null >"$log" 2>&1
    rc=$?
    set -e
    sed 's/^/    /' "$log"
    if ((rc == 0)); then
        mig_status[$ctx]=ok
    elif grep -q 'Changes have been made to the model' "$log"; then
        mig_status[$ctx]="PENDING MODEL CHANGES: run dotnet ef migrations add <Name> --context $ctx"
    elif grep -qE "No DbContext named|No DbContext was found" "$log"; then
        mig_status[$ctx]="FAILED: DbContext $ctx not found in src/Protishruti.Web"
    else
        mig_status[$ctx]="FAILED (exit $rc, see ${log#"$ROOT"/})"
    fi
    info "$ctx: ${mig_status[$ctx]}"
done

# ---------------------------------------------------------------------------
step "Tests"
declare -A t_rc=() t_total=() t_failed=() t_passed=() t_skipped=() t_secs=()
# A field ("  total: 12") of the last "Test run summary:" block MTP printed to a log, or empty.
mtp_field() {
    awk -v f="$1" '{ gsub(/\x1b\[[0-9;]*[A-Za-z]/, "") }
        /^Test run summary:/ { insum = 1; v = ""; next }
        insum && $1 == f ":" && $2 ~ /^[0-9]+$/ { v = $2 }
        END { print v }' "$2"
}
for proj in "${TEST_PROJECTS[@]}"; do
    name=$(basename "$proj")
    log=$LOG_DIR/$name.log
    printf '\n    --- %s ---\n' "$name"
    fifo=$LOG_DIR/.$name.fifo
    rm -f "$RESULTS_DIR/$name/$name.trx"
    rm -f "$fifo" && mkfifo "$fifo"
    tee "$log" <"$fifo" &
    tee_pid=$!
    # Hard limit: timeout kills the whole group (test host, app, chromium) when it expires.
    timeout --kill-after=30s "$TEST_TIMEOUT" \
        dotnet test --project "$proj" -c Release --no-build --no-ansi --no-progress \
        --results-directory "$RESULTS_DIR/$name" --report-trx --report-trx-filename "$name.trx" \
        "${TEST_FILTER[@]}" </dev/null >"$fifo" 2>&1 &
    CHILD=$!
    t0=$SECONDS
    rc=0
    wait "$CHILD" || rc=$?
    CHILD=
    t_secs[$name]=$((SECONDS - t0))
    wait "$tee_pid" || true
    rm -f "$fifo"
    ((rc == 124)) && echo "    $name: timed out after $TEST_TIMEOUT" | tee -a "$log"
    t_rc[$name]=$rc
    t_total[$name]=$(mtp_field total "$log")
    t_failed[$name]=$(mtp_field failed "$log")
    t_passed[$name]=$(mtp_field succeeded "$log")
    t_skipped[$name]=$(mtp_field skipped "$log")
done

# ---------------------------------------------------------------------------
step "Summary"
# The slowest tests and classes by the durations in the TRX reports. A class's figure is the sum
# of its tests' durations (its fixture's start-up is in none of them); classes run in parallel.
slowest() {
    local trx=() proj f rows
    for proj in "${TEST_PROJECTS[@]}"; do
        f=$RESULTS_DIR/$(basename "$proj")/$(basename "$proj").trx
        [[ -f $f ]] && trx+=("$f")
    done
    ((${#trx[@]} > 0)) || { info "no TRX report found under ${RESULTS_DIR#"$ROOT"/}/"; return 0; }
    # One line per test: seconds, class, name. TRX writes each element's attributes on one line.
    rows=$(awk '
        function attr(name) {
            return match($0, " " name "=\"[^\"]*\"") ? substr($0, RSTART + length(name) + 3, RLENGTH - length(name) - 4) : ""
        }
        function secs(d,    p) { split(d, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
        /<UnitTestResult / { id = FILENAME "|" attr("testId"); name[id] = attr("testName"); dur[id] = secs(attr("duration")) }
        /<UnitTest / { current = FILENAME "|" attr("id") }
        /<TestMethod / { c = attr("className"); sub(/.*\./, "", c); cls[current] = c }
        END {
            for (id in dur) {
                n = name[id]; c = cls[id]
                if ((i = index(n, "." c ".")) > 0) n = substr(n, i + 1) # Class.Method(args), without the namespace
                gsub(/&quot;/, "\"", n); gsub(/&apos;/, "\047", n); gsub(/&lt;/, "<", n); gsub(/&gt;/, ">", n); gsub(/&amp;/, "\\&", n)
                gsub(/\t/, " ", n)
                printf "%.2f\t%s\t%s\n", dur[id], c, n
            }
        }' "${trx[@]}")
    {
        printf '%s\n' "$rows" | awk -F'\t' '{ t += $1 } END { printf "%d tests, %.0f s of test time in all\n", NR, t }'
        echo "-- $SLOWEST slowest tests (seconds) --"
        printf '%s\n' "$rows" | sort -t$'\t' -k1,1gr | head -n "$SLOWEST" | awk -F'\t' '{ printf "%8.2f  %s\n", $1, $3 }'
        echo "-- $SLOWEST slowest classes (seconds in tests, tests) --"
        printf '%s\n' "$rows" | awk -F'\t' '{ t[$2] += $1; n[$2]++ } END { for (c in t) printf "%.2f\t%d\t%s\n", t[c], n[c], c }' \
            | sort -t$'\t' -k1,1gr | head -n "$SLOWEST" | awk -F'\t' '{ printf "%8.2f  %4d  %s\n", $1, $2, $3 }'
    } >"$LOG_DIR/timings.txt"
    sed 's/^/    /' "$LOG_DIR/timings.txt"
}
slowest || info "could not read the TRX reports"
# The failed tests by name with the first lines of their message, so the end of the log says what broke.
failures() {
    local proj f
    for proj in "${TEST_PROJECTS[@]}"; do
        f=$RESULTS_DIR/$(basename "$proj")/$(basename "$proj").trx
        [[ -f $f ]] || continue
        awk '
            function attr(name) {
                return match($0, " " name "=\"[^\"]*\"") ? substr($0, RSTART + length(name) + 3, RLENGTH - length(name) - 4) : ""
            }
            /<UnitTestResult / { failed = attr("outcome") == "Failed"; if (failed) { print "FAILED " attr("testName"); lines = 0 } }
            failed && /<Message>/ { inmsg = 1; sub(/.*<Message>/, "") }
            failed && inmsg {
                done = sub(/<\/Message>.*/, "")
                if (lines++ < 6) print "    " $0
                if (done) { inmsg = 0; failed = 0 }
            }' "$f"
    done
}
failures | sed 's/^/    /' | head -n 80
echo
ok=1
passed=0 failed=0 skipped=0
info "logs: ${LOG_DIR#"$ROOT"/}/"
info "build: ok"
for ctx in "${DB_CONTEXTS[@]}"; do
    info "migrations $ctx: ${mig_status[$ctx]}"
    [[ ${mig_status[$ctx]} == ok ]] || ok=
done
for proj in "${TEST_PROJECTS[@]}"; do
    name=$(basename "$proj")
    rc=${t_rc[$name]}
    if [[ -z ${t_total[$name]} ]]; then
        if ((rc == 124)); then
            info "$name: timed out after $TEST_TIMEOUT -- FAILED"
        else
            info "$name: no MTP summary in output (exit $rc) -- FAILED"
        fi
        ok=
        continue
    fi
    note=
    case $rc in
        0) ;;
        2) note=" -- FAILED (test failures)" ;;
        8) note=" -- FAILED (zero tests ran)" ;;
        124) note=" -- FAILED (timed out)" ;;
        *) note=" -- FAILED (exit $rc)" ;;
    esac
    ((t_total[$name] > 0)) || note=${note:-" -- FAILED (zero tests ran)"}
    [[ -z $note ]] || ok=
    info "$name: total ${t_total[$name]}, succeeded ${t_passed[$name]:-0}, failed ${t_failed[$name]:-0}, skipped ${t_skipped[$name]:-0} in $((t_secs[$name] / 60))m$((t_secs[$name] % 60))s (exit $rc)$note"
    passed=$((passed + ${t_passed[$name]:-0}))
    failed=$((failed + ${t_failed[$name]:-0}))
    skipped=$((skipped + ${t_skipped[$name]:-0}))
done
((passed + failed > 0)) || ok=
line="$passed passed, $failed failed"
((skipped == 0)) || line+=", $skipped skipped"
echo
echo "$line"
if [[ -n $ok ]]; then
    echo "RESULT: PASS"
    exit 0
fi
echo "RESULT: FAIL"
exit 1
