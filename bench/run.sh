#!/usr/bin/env bash
# Baseline benchmark: the app's public pages against the same bytes served by nginx.
#
#   bench/run.sh            publish, measure, write the baseline section of docs/benchmarks.md
#
# What it does:
#   1. installs wrk, nginx-light and curl when missing (apt, as root)
#   2. publishes src/Protishruti.Web (Release) to bench/out/publish and starts it with --demo,
#      a throwaway DataDirectory and --environment Production on 127.0.0.1:$APP_PORT
#   3. saves the HTML of each target page plus the CSS/fonts/scripts it references, and serves
#      those files from nginx (2 workers, access_log off) on 127.0.0.1:$NGINX_PORT
#   4. for each target: warm-up, then `wrk --latency` against the app and against nginx
#   5. replaces the section between <!-- bench:baseline:start --> and <!-- bench:baseline:end -->
#      in docs/benchmarks.md with a table (req/s, p99, app/nginx ratio) and the run's context
# Loopback only. Everything it starts is stopped on exit.
#
# Knobs (environment):
#   BENCH_OFFICE_PATH=/offices/dc-natore  BENCH_DIRECTORY_PATH=/offices   the two targets
#   BENCH_THREADS=2 BENCH_CONNECTIONS=32 BENCH_DURATION=15s BENCH_WARMUP=5s   wrk settings
#   APP_PORT=5091 NGINX_PORT=5092
#   BENCH_REF=<git rev>    benchmark that commit (exported with git archive) instead of the
#                          working tree, e.g. BENCH_REF=HEAD while src/ has edits in progress
#   BENCH_NO_PUBLISH=1     reuse bench/out/publish as it is
#   BENCH_WRITE_DOCS=0     measure and print, but leave docs/benchmarks.md alone
#   BENCH_APP_ARGS="..."   extra app arguments, e.g. "--PublicCache:Seconds=0" (public-page cache off)
#   BENCH_SECTION=NAME     write the section bench:NAME (default: baseline)
#   BENCH_TITLE="..."      that section's heading
#   BENCH_TARGETS="label|/path;label|/path"   measure these pages instead of the two above
#   BENCH_DATA_DIR=DIR     start the app on this (already prepared) data directory instead of a fresh one
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

OFFICE_PATH=${BENCH_OFFICE_PATH:-/offices/dc-natore}
DIRECTORY_PATH=${BENCH_DIRECTORY_PATH:-/offices}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-5s}
APP_PORT=${APP_PORT:-5091}
NGINX_PORT=${NGINX_PORT:-5092}
WRITE_DOCS=${BENCH_WRITE_DOCS:-1}
read -r -a APP_ARGS <<<"${BENCH_APP_ARGS:-}"
SECTION=${BENCH_SECTION:-baseline}
TITLE=${BENCH_TITLE:-Baseline: app vs nginx serving the same bytes}
OUT=$ROOT/bench/out
PUBLISH=$OUT/publish
DOC=$ROOT/docs/benchmarks.md
APP=http://127.0.0.1:$APP_PORT
NGX=http://127.0.0.1:$NGINX_PORT
# label|path, in table order
TARGETS=("office page|$OFFICE_PATH" "directory|$DIRECTORY_PATH")
if [[ -n ${BENCH_TARGETS:-} ]]; then IFS=';' read -r -a TARGETS <<<"$BENCH_TARGETS"; fi

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

say() { printf '\n==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

# --- tools -----------------------------------------------------------------
say "Tools"
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if ((${#missing[@]})); then
    ((EUID == 0)) || die "missing: ${missing[*]} (sudo apt-get install -y --no-install-recommends ${missing[*]})"
    info "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q </dev/null
    apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
fi
NGINX=$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)
info "wrk: $(command -v wrk); nginx: $NGINX ($("$NGINX" -v 2>&1 | sed 's/^nginx version: //'))"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$APP_PORT" "$NGINX_PORT"; do
    port_in_use "$p" && die "127.0.0.1:$p is already in use"
done

# --- cleanup ----------------------------------------------------------------
TMP=$(mktemp -d /tmp/protishruti-bench.XXXXXX)
chmod 0755 "$TMP" # nginx workers may run as another user and must read the site
APP_PID=
NGINX_PID=
cleanup() {
    local rc=$?
    [[ -z $NGINX_PID ]] || { kill -TERM "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; }
    [[ -z $APP_PID ]] || { kill -TERM "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }
    rm -rf "$TMP"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- app ----------------------------------------------------------------------
mkdir -p "$OUT"
if [[ -n ${BENCH_REF:-} ]]; then
    COMMIT=$(git rev-parse --short=12 "$BENCH_REF^{commit}") || die "unknown git revision $BENCH_REF"
    SRC=$TMP/src
    mkdir -p "$SRC"
    git archive --format=tar "$COMMIT" | tar -x -C "$SRC"
    info "benchmarking commit $COMMIT (exported to $SRC)"
else
    COMMIT=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
    [[ -z $(git status --porcelain -- src 2>/dev/null) ]] || COMMIT+=" plus uncommitted changes in src/"
    SRC=$ROOT
fi
if [[ ${BENCH_NO_PUBLISH:-0} != 1 ]]; then
    say "Publish src/Protishruti.Web (Release) to ${PUBLISH#"$ROOT"/}"
    rm -rf "$PUBLISH"
    dotnet publish "$SRC/src/Protishruti.Web" -c Release -o "$PUBLISH" --nologo </dev/null >"$OUT/publish.log" 2>&1 \
        || { tail -30 "$OUT/publish.log" >&2; die "dotnet publish failed (log: bench/out/publish.log)"; }
fi
[[ -f $PUBLISH/Protishruti.Web.dll ]] || die "$PUBLISH/Protishruti.Web.dll not found"

say "Start the app on $APP"
DATA=${BENCH_DATA_DIR:-$TMP/data}
mkdir -p "$DATA"
(cd "$PUBLISH" && exec dotnet Protishruti.Web.dll --demo --urls "$APP" --DataDirectory="$DATA" \
    --environment Production "${APP_ARGS[@]}") </dev/null >"$OUT/app.log" 2>&1 &
APP_PID=$!
ready=
for _ in $(seq 1 240); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$OUT/app.log" >&2; die "the app exited during start-up (log: bench/out/app.log)"; }
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$APP/health/ready" || true) == 200 ]]; then ready=1; break; fi
    sleep 0.5
done
[[ -n $ready ]] || { tail -30 "$OUT/app.log" >&2; die "/health/ready did not answer 200 within 120s"; }
info "ready (pid $APP_PID, log bench/out/app.log)"

# --- static copy for nginx --------------------------------------------------
say "Copy the target pages and their assets for nginx"
SITE=$TMP/site
mkdir -p "$SITE"
fetch() { # fetch URL-PATH FILE: 200 or fail
    local code
    code=$(curl -s -o "$2" -w '%{http_code}' "$APP$1") || code=000
    [[ $code == 200 ]] || { echo "GET $1 answered $code (expected 200)" >&2; return 1; }
}
local_path() { # strip query/fragment; map a URL path to a file under $SITE
    local p=${1%%[?#]*}
    [[ $p == */ || -z $p ]] && p+=index.html
    printf '%s' "$SITE$p"
}
bad=()
declare -A page_bytes=()
assets=()
for t in "${TARGETS[@]}"; do
    path=${t#*|}
    file=$SITE${path%/}/index.html
    mkdir -p "$(dirname "$file")"
    if ! fetch "$path" "$file"; then bad+=("$path"); continue; fi
    page_bytes[$path]=$(stat -c %s "$file")
    info "$path: ${page_bytes[$path]} bytes"
    # root-relative href/src of stylesheets, fonts, scripts, images (not //host)
    while IFS= read -r a; do assets+=("$a"); done < <(
        grep -oE '(href|src)="/[^/"][^"]*"' "$file" | sed -E 's/^(href|src)="//; s/"$//' \
            | grep -E '\.(css|js|woff2?|ttf|otf|svg|png|jpe?g|webp|ico)([?#]|$)' || true)
done
if ((${#bad[@]})); then
    die "target page(s) not available: ${bad[*]}. No figures written."
fi
declare -A seen=()
i=0
while ((i < ${#assets[@]})); do
    a=${assets[$i]}; i=$((i + 1))
    [[ -z ${seen[$a]:-} ]] || continue
    seen[$a]=1
    f=$(local_path "$a")
    mkdir -p "$(dirname "$f")"
    fetch "$a" "$f" || die "asset $a referenced by a target page is not served"
    info "asset $a ($(stat -c %s "$f") bytes)"
    if [[ $f == *.css ]]; then # fonts and images a stylesheet pulls in, resolved against it
        base=${a%%[?#]*}; base=${base%/*}
        while IFS= read -r u; do
            case $u in
                data:* | http:* | https:* | //*) continue ;;
                /*) assets+=("$u") ;;
                *) assets+=("$(realpath -m -s "$base/$u")") ;;
            esac
        done < <(grep -oE 'url\([^)]*\)' "$f" | sed -E "s/^url\([\"']?//; s/[\"']?\)$//" || true)
    fi
done
chmod -R a+rX "$SITE"

cat >"$TMP/nginx.conf" <<EOF
worker_processes 2;
pid $TMP/nginx.pid;
error_log $TMP/nginx-error.log warn;
events { worker_connections 1024; }
http {
    types { text/html html; text/css css; application/javascript js; font/woff2 woff2; font/woff woff;
            image/svg+xml svg; image/png png; image/jpeg jpg jpeg; image/webp webp; image/x-icon ico; }
    default_type application/octet-stream;
    charset utf-8;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $TMP/nginx-tmp/body;
    proxy_temp_path $TMP/nginx-tmp/proxy;
    fastcgi_temp_path $TMP/nginx-tmp/fastcgi;
    uwsgi_temp_path $TMP/nginx-tmp/uwsgi;
    scgi_temp_path $TMP/nginx-tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $SITE;
        location / { try_files \$uri \$uri/index.html =404; }
    }
}
EOF
mkdir -p "$TMP/nginx-tmp"
say "Start nginx on $NGX"
"$NGINX" -e "$TMP/nginx-error.log" -p "$TMP" -c "$TMP/nginx.conf" -g 'daemon off;' </dev/null \
    >"$TMP/nginx.out" 2>&1 &
NGINX_PID=$!
for _ in $(seq 1 50); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$NGX${TARGETS[0]#*|}" || true) == 200 ]] && break
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$TMP/nginx.out" "$TMP/nginx-error.log" >&2 2>/dev/null || true; die "nginx did not start"; }
    sleep 0.2
done
for t in "${TARGETS[@]}"; do
    path=${t#*|}
    code=$(curl -s -o "$TMP/check" -w '%{http_code}' "$NGX$path" || true)
    [[ $code == 200 ]] && cmp -s "$TMP/check" "$SITE${path%/}/index.html" || die "nginx does not serve $path (HTTP $code)"
done
info "serving the same bytes (pid $NGINX_PID)"

# --- measure -----------------------------------------------------------------
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
WRK_ARGS=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
# p99 from wrk's --latency block, normalised to ms
wrk_p99() {
    awk '$1 == "99%" { v = $2
        if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v) }
        else if (v ~ /m$/) { sub(/m$/, "", v); v *= 60000 }
        else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }
        printf "%.2f", v }' "$1"
}
wrk_rps() { awk '$1 == "Requests/sec:" { printf "%.0f", $2 }' "$1"; }
run_wrk() { # run_wrk NAME URL -> prints rps and p99 into globals
    local name=$1 url=$2 log=$OUT/wrk-$1.txt
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
    wrk "${WRK_ARGS[@]}" "$url" >"$log"
    sed 's/^/      /' "$log"
    if grep -q 'Non-2xx or 3xx responses' "$log"; then die "$url: non-2xx responses under load (see ${log#"$ROOT"/})"; fi
    RPS=$(wrk_rps "$log"); P99=$(wrk_p99 "$log")
    [[ -n $RPS && -n $P99 ]] || die "could not parse wrk output for $url"
}
declare -A r_app r_app99 r_ngx r_ngx99
for t in "${TARGETS[@]}"; do
    label=${t%%|*}; path=${t#*|}
    slug=$(printf '%s' "$label" | tr -c 'a-z0-9' '-')
    say "$label ($path): app"
    run_wrk "app-$slug" "$APP$path"; r_app[$label]=$RPS; r_app99[$label]=$P99
    say "$label ($path): nginx"
    run_wrk "nginx-$slug" "$NGX$path"; r_ngx[$label]=$RPS; r_ngx99[$label]=$P99
done

# --- report --------------------------------------------------------------------
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
section=$OUT/$SECTION.md
{
    echo "## $TITLE"
    echo
    echo "| target | app req/s | app p99 | nginx req/s | nginx p99 | app/nginx |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: |"
    for t in "${TARGETS[@]}"; do
        label=${t%%|*}; path=${t#*|}
        ratio=$(awk -v a="${r_app[$label]}" -v n="${r_ngx[$label]}" 'BEGIN { printf "%.3f", (n > 0 ? a / n : 0) }')
        printf '| %s `%s` (%s bytes) | %s | %s ms | %s | %s ms | %s |\n' "$label" "$path" "${page_bytes[$path]}" \
            "${r_app[$label]}" "${r_app99[$label]}" "${r_ngx[$label]}" "${r_ngx99[$label]}" "$ratio"
    done
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- machine: $(nproc) CPUs, ${cpu:-CPU model unknown}; app, nginx and wrk share it; load average before measuring: $LOAD_BEFORE"
    echo "- commit: $COMMIT"
    echo "- app: \`dotnet Protishruti.Web.dll --demo --urls $APP --DataDirectory=<tmp> --environment Production${APP_ARGS[*]:+ ${APP_ARGS[*]}}\` (dotnet publish -c Release, $(dotnet --version 2>/dev/null || echo '?'))"
    echo "- nginx: $("$NGINX" -v 2>&1 | sed 's/^nginx version: //'), worker_processes 2, access_log off, serving the page HTML and the CSS/fonts it references as saved from the app"
    echo "- wrk command: \`wrk ${WRK_ARGS[*]} <url>\` after a ${WARMUP} warm-up at the same concurrency; no Accept-Encoding, so neither side compresses"
} >"$section"
say "Result"
cat "$section"

if [[ $WRITE_DOCS == 1 ]]; then
    [[ -f $DOC ]] || die "$DOC is missing"
    # shellcheck source=bench/section.sh
    source "$ROOT/bench/section.sh"
    write_section "$DOC" "$SECTION" "$section"
    info "wrote the $SECTION section of ${DOC#"$ROOT"/}"
fi
