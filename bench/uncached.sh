#!/usr/bin/env bash
# Uncached pages against the app's own static file: what a logged-in reader (or an output-cache miss) costs.
#
#   bench/uncached.sh                         measure the working tree, write the uncached-vs-static section
#   BENCH_BASE_REF=<rev> bench/uncached.sh    measure <rev> first, then the working tree, in the same run and table
#   BENCH_WRITE_DOCS=0 bench/uncached.sh      measure and print only
#
# For each build (the base, if given, then the working tree): publish (Release) to bench/out/uncached-<name>, start it
# with --demo on a throwaway data directory, the output cache off (PublicCache:Seconds=0) but the in-memory page data
# on (PublicCache:DataSeconds=60; a build that has no such setting ignores it), then run `wrk --latency` against the
# office page, the charter page, a service page (the first one the charter page links to) and /css/site.css, which the
# same process serves from disk. The useful figure is each page's req/s divided by the static file's, from the same
# build in the same minute: the machine is shared, absolute figures are not comparable between runs.
#
# Knobs: BENCH_OFFICE=dc-natore BENCH_THREADS=2 BENCH_CONNECTIONS=32 BENCH_DURATION=15s BENCH_WARMUP=5s APP_PORT=5093
#        BENCH_APP_ARGS="--PublicCache:Seconds=0 --PublicCache:DataSeconds=60"  BENCH_MAX_LOAD=1.5 (refuse to measure
#        while the 1-minute load average is above it, waiting up to BENCH_QUIET_WAIT=600 seconds for it to fall;
#        BENCH_MAX_LOAD=0 measures anyway); BENCH_NO_PUBLISH=1 reuses bench/out/uncached-* from an earlier run
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

OFFICE=${BENCH_OFFICE:-dc-natore}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-5s}
APP_PORT=${APP_PORT:-5093}
MAX_LOAD=${BENCH_MAX_LOAD:-1.5}
QUIET_WAIT=${BENCH_QUIET_WAIT:-600}
WRITE_DOCS=${BENCH_WRITE_DOCS:-1}
read -r -a APP_ARGS <<<"${BENCH_APP_ARGS:---PublicCache:Seconds=0 --PublicCache:DataSeconds=60}"
SECTION=uncached-vs-static
OUT=$ROOT/bench/out
DOC=$ROOT/docs/benchmarks.md
APP=http://127.0.0.1:$APP_PORT

say() { printf '\n==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

say "Tools"
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if ((${#missing[@]})); then
    ((EUID == 0)) || die "missing: ${missing[*]} (sudo apt-get install -y --no-install-recommends ${missing[*]})"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q </dev/null
    apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
fi
(exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT") 2>/dev/null && die "127.0.0.1:$APP_PORT is already in use"

TMP=$(mktemp -d /tmp/protishruti-uncached.XXXXXX)
APP_PID=
stop_app() {
    [[ -z $APP_PID ]] || { kill -TERM "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }
    APP_PID=
}
cleanup() { local rc=$?; stop_app; rm -rf "$TMP"; exit "$rc"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- publish every build first, so that compiling does not load the machine between measurements ---------------
mkdir -p "$OUT"
builds=()
declare -A commit_of=()
publish() { # publish NAME SRC-DIR
    local name=$1 src=$2 dir=$OUT/uncached-$1
    builds+=("$name")
    if [[ ${BENCH_NO_PUBLISH:-0} == 1 && -f $dir/Protishruti.Web.dll ]]; then info "reusing ${dir#"$ROOT"/}"; return; fi
    say "Publish $name (${commit_of[$name]}) to ${dir#"$ROOT"/}"
    rm -rf "$dir"
    dotnet publish "$src/src/Protishruti.Web" -c Release -o "$dir" --nologo </dev/null >"$OUT/uncached-$name-publish.log" 2>&1 \
        || { tail -30 "$OUT/uncached-$name-publish.log" >&2; die "dotnet publish of $name failed"; }
}
if [[ -n ${BENCH_BASE_REF:-} ]]; then
    commit_of[before]=$(git rev-parse --short=12 "$BENCH_BASE_REF^{commit}") || die "unknown git revision $BENCH_BASE_REF"
    mkdir -p "$TMP/base"
    git archive --format=tar "${commit_of[before]}" | tar -x -C "$TMP/base"
    publish before "$TMP/base"
fi
commit_of[after]=$(git rev-parse --short=12 HEAD)
[[ -z $(git status --porcelain -- src 2>/dev/null) ]] || commit_of[after]+=" plus uncommitted changes in src/"
publish after "$ROOT"

# --- measure ------------------------------------------------------------------------------------------------------
wrk_p99() {
    awk '$1 == "99%" { v = $2
        if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v) }
        else if (v ~ /m$/) { sub(/m$/, "", v); v *= 60000 }
        else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }
        printf "%.2f", v }' "$1"
}
wait_for_quiet() {
    [[ $MAX_LOAD == 0 ]] && return 0
    local load
    for _ in $(seq 1 $((QUIET_WAIT / 10))); do
        load=$(cut -d' ' -f1 /proc/loadavg)
        awk -v l="$load" -v m="$MAX_LOAD" 'BEGIN { exit !(l < m) }' && return 0
        info "load average $load is above $MAX_LOAD; waiting"
        sleep 10
    done
    die "the machine did not get quiet (load average $load, limit $MAX_LOAD); no figures written"
}
labels=("office page" "charter page" "service page" "static file")
declare -A rps=() p99=() path_of=() bytes=() load_of=()
for b in "${builds[@]}"; do
    say "Start $b on $APP"
    mkdir -p "$TMP/data-$b"
    (cd "$OUT/uncached-$b" && exec dotnet Protishruti.Web.dll --demo --urls "$APP" --DataDirectory="$TMP/data-$b" \
        --environment Production "${APP_ARGS[@]}") </dev/null >"$OUT/uncached-$b-app.log" 2>&1 &
    APP_PID=$!
    ready=
    for _ in $(seq 1 240); do
        kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$OUT/uncached-$b-app.log" >&2; die "$b exited during start-up"; }
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$APP/health/ready" || true) == 200 ]] && { ready=1; break; }
        sleep 0.5
    done
    [[ -n $ready ]] || die "$b: /health/ready did not answer 200 within 120s"
    charter=$(curl -sf "$APP/offices/$OFFICE/charter") || die "$b: /offices/$OFFICE/charter did not answer 200"
    service=$(grep -oE "/offices/$OFFICE/services/[0-9a-f-]{36}" <<<"$charter" | head -1)
    [[ -n $service ]] || die "$b: the charter page links to no service page"
    path_of["office page"]=/offices/$OFFICE
    path_of["charter page"]=/offices/$OFFICE/charter
    path_of["service page"]=$service
    path_of["static file"]=/css/site.css
    wait_for_quiet
    load_of[$b]=$(cut -d' ' -f1-3 /proc/loadavg)
    for label in "${labels[@]}"; do
        url=$APP${path_of[$label]}
        code=$(curl -s -o "$TMP/page" -w '%{http_code}' "$url" || true)
        [[ $code == 200 ]] || die "$b: $url answered $code"
        bytes[$label]=$(stat -c %s "$TMP/page")
        log=$OUT/uncached-$b-$(tr -c 'a-z0-9' '-' <<<"$label").txt
        say "$b: $label (${path_of[$label]})"
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" >"$log"
        sed 's/^/      /' "$log"
        grep -q 'Non-2xx or 3xx responses' "$log" && die "$url: non-2xx responses under load"
        rps[$b,$label]=$(awk '$1 == "Requests/sec:" { printf "%.0f", $2 }' "$log")
        p99[$b,$label]=$(wrk_p99 "$log")
    done
    stop_app
done

# --- report -------------------------------------------------------------------------------------------------------
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
section=$OUT/$SECTION.md
{
    echo "## Uncached pages against the app's own static file"
    echo
    echo "| build | target | req/s | p99 | req/s ÷ static file's |"
    echo "| --- | --- | ---: | ---: | ---: |"
    for b in "${builds[@]}"; do
        for label in "${labels[@]}"; do
            ratio=$(awk -v a="${rps[$b,$label]}" -v s="${rps[$b,static file]}" 'BEGIN { printf "%.3f", (s > 0 ? a / s : 0) }')
            printf '| %s (%s) | %s `%s` (%s bytes) | %s | %s ms | %s |\n' "$b" "${commit_of[$b]}" "$label" "${path_of[$label]}" \
                "${bytes[$label]}" "${rps[$b,$label]}" "${p99[$b,$label]}" "$ratio"
        done
    done
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- machine: $(nproc) CPUs, ${cpu:-CPU model unknown}; the app and wrk share it; load average before measuring: $(for b in "${builds[@]}"; do printf '%s %s; ' "$b" "${load_of[$b]}"; done)"
    echo "- app: \`dotnet Protishruti.Web.dll --demo --urls $APP --DataDirectory=<tmp> --environment Production ${APP_ARGS[*]}\` (dotnet publish -c Release, $(dotnet --version 2>/dev/null || echo '?')): no output cache, as for a logged-in reader; the in-memory page data on where the build has it"
    echo "- wrk command: \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency <url>\` after a $WARMUP warm-up; no Accept-Encoding; the static file is served by the same process (static files middleware)"
    echo "- command: \`bench/uncached.sh\`${BENCH_BASE_REF:+ with \`BENCH_BASE_REF=${commit_of[before]}\`}"
} >"$section"
say "Result"
cat "$section"
if [[ $WRITE_DOCS == 1 ]]; then
    # shellcheck source=bench/section.sh
    source "$ROOT/bench/section.sh"
    write_section "$DOC" "$SECTION" "$section"
    info "wrote the $SECTION section of ${DOC#"$ROOT"/}"
fi
