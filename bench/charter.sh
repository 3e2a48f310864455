#!/usr/bin/env bash
# The issue's benchmark: the public charter page of a 40-service office, app vs nginx serving the same HTML, side by side.
#
#   bench/charter.sh                       prepare, measure, write the charter-40 section of docs/benchmarks.md
#   BENCH_WRITE_DOCS=0 bench/charter.sh    measure and print only
#   BENCH_DURATION=3s BENCH_WARMUP=1s BENCH_WRITE_DOCS=0 bench/charter.sh   a short smoke run
#
# 1. builds bench/Protishruti.Bench and runs `charter-40` on a fresh data directory: migrations, the demo, and an
#    upazila office (bench-charter-40) whose 40-service Field-8 charter is written and published through the domain;
# 2. hands that data directory to bench/run.sh (BENCH_DATA_DIR), which publishes the app, starts it with --demo on it,
#    saves /offices/bench-charter-40/charter and its CSS/fonts for nginx and runs wrk against both.
# Every other knob of bench/run.sh (BENCH_CONNECTIONS, BENCH_DURATION, BENCH_REF, ...) passes through.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

DATA=$(mktemp -d /tmp/protishruti-charter40.XXXXXX)
trap 'rm -rf "$DATA"' EXIT

echo "==> Prepare the 40-service office (bench/Protishruti.Bench charter-40)"
dotnet build bench/Protishruti.Bench -c Release -v q -nologo </dev/null >/dev/null
path=$(dotnet bench/Protishruti.Bench/bin/Release/net10.0/Protishruti.Bench.dll charter-40 --DataDirectory="$DATA" </dev/null | sed -n 's/^path=//p')
[[ -n $path ]] || { echo "charter-40 did not report the page's path" >&2; exit 1; }
echo "    $path"

BENCH_DATA_DIR=$DATA \
BENCH_TARGETS="charter page, 40 services|$path" \
BENCH_SECTION=${BENCH_SECTION:-charter-40} \
BENCH_TITLE=${BENCH_TITLE:-Public charter page of a 40-service office: app vs nginx serving the same HTML} \
    bench/run.sh
