#!/usr/bin/env bash
# Search quality: the citizen queries of bench/search-queries.tsv (written the way people at a union digital centre type:
# everyday names, misspellings, inflections, extra words, English, romanised Bengali) against the demo's published
# charters, through the code the /search page and /api/v1/services use. Reports recall in the first five results
# (and in the first) on SQLite, and on PostgreSQL when PROTISHRUTI_TEST_POSTGRES names a server.
#
#   bench/search-eval.sh                      run and write the section of docs/benchmarks.md
#   BENCH_WRITE_DOCS=0 bench/search-eval.sh   print only
#
# SearchEvaluationTests runs the same evaluation (bench/Protishruti.Bench/SearchEvaluation.cs) in ./test.sh and fails
# below its bar. Takes about a minute per provider (loading the demo).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/section.sh
DOC=docs/benchmarks.md
BENCH=bench/Protishruti.Bench/bin/Release/net10.0/Protishruti.Bench.dll
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "==> build (Release)"
dotnet build bench/Protishruti.Bench -c Release -v q -nologo </dev/null >/dev/null

echo "==> SQLite"
dotnet "$BENCH" search-eval --DataDirectory="$tmp/sqlite" | grep -E '^(query|provider=)' >"$tmp/1-sqlite.log"
if [[ -n ${PROTISHRUTI_TEST_POSTGRES:-} ]]; then
    echo "==> PostgreSQL"
    dotnet "$BENCH" search-eval --drop-after --Database:Provider=Postgres \
        "--ConnectionStrings:Postgres=$PROTISHRUTI_TEST_POSTGRES;Database=protishruti_eval_$RANDOM$RANDOM" | grep -E '^(query|provider=)' >"$tmp/2-postgres.log"
else
    echo "==> PostgreSQL skipped: set PROTISHRUTI_TEST_POSTGRES to a server (as ./test.sh does) to include it"
fi

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p; s/^$1=\([^[:space:]]*\).*/\1/p" <<<"$2" | head -1; }
pct() { awk -v x="$1" 'BEGIN { printf "%.1f %%", x * 100 }'; }
table="| provider | queries | found in the first 5 | recall@5 | recall@1 |"$'\n'"| --- | ---: | ---: | ---: | ---: |"
misses=""
for log in "$tmp"/*.log; do
    summary=$(grep '^provider=' "$log")
    table+=$'\n'"| $(field provider "$summary") | $(field queries "$summary") | $(field found "$summary") | $(pct "$(field recall5 "$summary")") | $(pct "$(field recall1 "$summary")") |"
    while IFS= read -r line; do
        q=$(sed -n 's/.* q="\([^"]*\)".*/\1/p' <<<"$line")
        top=$(sed -n 's/.* top="\([^"]*\)".*/\1/p' <<<"$line")
        misses+="  - $(field provider "$summary"): \"$q\" → ${top:-nothing}"$'\n'
    done < <(grep '^query rank=- ' "$log" || true)
done
cat >"$tmp/section.md" <<SECTION
## Search quality: citizen queries against the demo's charters

$table

- queries: \`bench/search-queries.tsv\` ($(grep -cvE '^(#|$)' bench/search-queries.tsv) queries, each with the demo service it must find), written after the
  dictionary (\`src/Protishruti.Web/Features/Search/Dictionary/synonyms.tsv\`) and not used to write it
- a query counts as found when one of the first five results is its service (any office publishing it)
- missed:
${misses:-  - none}
- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit: $(git rev-parse --short=12 HEAD); command: \`bench/search-eval.sh\`
SECTION
echo
cat "$tmp/section.md"
if [[ ${BENCH_WRITE_DOCS:-1} == 1 ]]; then
    write_section "$DOC" search-quality "$tmp/section.md"
    echo "    wrote the search-quality section of $DOC"
fi
