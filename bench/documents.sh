#!/usr/bin/env bash
# The issue's document benchmark: warm charter PDF times, a 200-service board, and serving the cached PDF.
#
#   bench/documents.sh                      measure, write the documents section of docs/benchmarks.md
#   BENCH_WRITE_DOCS=0 bench/documents.sh   measure and print only
#   BENCH_RENDERS=40 BENCH_DURATION=15s BENCH_CONNECTIONS=16 APP_PORT=5113   knobs
#
# 1. builds bench/Protishruti.Bench (Release) and runs `documents` on a fresh data directory: migrations, the demo,
#    the 40-service office (bench-charter-40) and a 200-service one (bench-charter-200); then, in that process, the
#    charter's HTML and PDF are made BENCH_RENDERS times after a warm-up (p50/p95/p99), and the 200-service board
#    three times in A4 and legal (median time, page count);
# 2. starts the Release app on that data directory, asks for /offices/bench-charter-40/charter.pdf once (it is
#    rendered and stored), then runs wrk against it twice: with the public-page cache (the normal set-up) and with
#    PublicCache:Seconds=0 (each request loads the charter, renders its HTML, hashes it and serves the stored file).
# The bench process runs with the app's content root, so the PDFs load print.css and the fonts from its wwwroot.
# Needs chromium, poppler-utils (pdfinfo) and wrk. Loopback only; everything it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
RENDERS=${BENCH_RENDERS:-40}
DURATION=${BENCH_DURATION:-15s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
APP_PORT=${APP_PORT:-5113}
WRITE_DOCS=${BENCH_WRITE_DOCS:-1}
DOC=$ROOT/docs/benchmarks.md
PDF_PATH=/offices/bench-charter-40/charter.pdf

DATA=$(mktemp -d /tmp/protishruti-documents.XXXXXX)
APP_PID=
cleanup() {
    if [[ -n $APP_PID ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$DATA"
}
trap cleanup EXIT

for tool in chromium pdfinfo wrk curl; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install chromium poppler-utils wrk curl)" >&2; exit 1; }
done

echo "==> Build (Release)"
dotnet build bench/Protishruti.Bench -c Release -v q -nologo </dev/null >/dev/null
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

echo "==> Render: 40-service charter x$RENDERS, 200-service charter"
out=$(dotnet bench/Protishruti.Bench/bin/Release/net10.0/Protishruti.Bench.dll documents --DataDirectory="$DATA" --renders="$RENDERS" \
    --contentRoot="$ROOT/src/Protishruti.Web" </dev/null)
kv=$(grep -E '^(cold_ms|c40_|c200_)' <<<"$out" | tr ' ' '\n')
echo "$kv"
v() { sed -n "s/^$1=//p" <<<"$kv"; }

start_app() {
    (cd src/Protishruti.Web && exec dotnet bin/Release/net10.0/Protishruti.Web.dll --DataDirectory="$DATA" \
        --urls "http://127.0.0.1:$APP_PORT" --environment Production --Logging:LogLevel:Default=Warning "$@") >"$DATA/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$APP_PORT/health" >/dev/null && return 0; sleep 1; done
    echo "app did not start" >&2; cat "$DATA/app.log" >&2; exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
wrk_p99() {
    awk '$1 == "99%" { v = $2
        if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v) }
        else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }
        printf "%.2f", v }' "$1"
}
wrk_rps() { awk '$1 == "Requests/sec:" { printf "%.0f", $2 }' "$1"; }

declare -A rps p99
for mode in cached files; do
    if [[ $mode == cached ]]; then start_app; else start_app --PublicCache:Seconds=0; fi
    first=$(curl -s -o "$DATA/first.pdf" -w '%{http_code} %{time_total}' "http://127.0.0.1:$APP_PORT$PDF_PATH")
    echo "==> $mode: first request $first ($(stat -c %s "$DATA/first.pdf") bytes)"
    wrk -t2 -c"$CONNECTIONS" -d3s "http://127.0.0.1:$APP_PORT$PDF_PATH" >/dev/null # warm-up
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$APP_PORT$PDF_PATH" >"$DATA/wrk-$mode.txt"
    rps[$mode]=$(wrk_rps "$DATA/wrk-$mode.txt"); p99[$mode]=$(wrk_p99 "$DATA/wrk-$mode.txt")
    echo "    ${rps[$mode]} req/s, p99 ${p99[$mode]} ms"
    stop_app
done
BYTES=$(stat -c %s "$DATA/first.pdf")

section=$(mktemp)
cat >"$section" <<EOF
## Charter PDFs: warm render time, a 200-service board, serving the stored PDF

| measure | figure |
| --- | ---: |
| 40-service charter, A4 booklet ($(v c40_pages) pages, $(v c40_bytes) bytes): HTML + PDF, p50 / p95 / p99 over $(v c40_renders) warm renders | $(v c40_total_p50) / $(v c40_total_p95) / $(v c40_total_p99) ms |
| — of which the PDF (Chromium), p50 / p95 / p99 | $(v c40_pdf_p50) / $(v c40_pdf_p95) / $(v c40_pdf_p99) ms |
| — of which the HTML (database + Razor component), p50 / p95 | $(v c40_html_p50) / $(v c40_html_p95) ms |
| first PDF after start-up (Chromium starts) | $(v cold_ms) ms |
| 200-service charter, A4 booklet: median of 3 / pages | $(v c200_a4_ms) ms / $(v c200_a4_pages) pages |
| 200-service charter, legal landscape board: median of 3 / pages | $(v c200_legal_ms) ms / $(v c200_legal_pages) pages |
| serving the stored 40-service PDF ($BYTES bytes), public-page cache on: req/s, p99 | ${rps[cached]} req/s, ${p99[cached]} ms |
| serving it with the cache off (charter loaded, HTML rendered and hashed, file sent): req/s, p99 | ${rps[files]} req/s, ${p99[files]} ms |

- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit: $(git rev-parse --short=12 HEAD)
- machine: $(nproc) CPUs, $(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo); shared with other work; load average before measuring: $LOAD_BEFORE
- renders: \`dotnet bench/Protishruti.Bench/bin/Release/net10.0/Protishruti.Bench.dll documents --renders=$RENDERS\` (one warm Chromium, Documents:PdfConcurrency 2, sequential renders)
- serving: the Release app, \`wrk -t2 -c$CONNECTIONS -d$DURATION --latency\` after a 3 s warm-up, no Accept-Encoding
EOF
cat "$section"

if [[ $WRITE_DOCS == 1 ]]; then
    # shellcheck source=bench/section.sh
    source "$ROOT/bench/section.sh"
    write_section "$DOC" documents "$section"
    echo "wrote the documents section of docs/benchmarks.md"
fi
rm -f "$section"
