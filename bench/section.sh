# Sourced by the bench scripts: write_section DOC NAME FILE replaces the part of DOC between
# <!-- bench:NAME:start --> and <!-- bench:NAME:end --> with FILE (appending the markers when DOC has none).
write_section() {
    local doc=$1 name=$2 file=$3
    local start="<!-- bench:$name:start -->" end="<!-- bench:$name:end -->"
    grep -qF "$start" "$doc" || printf '\n%s\n%s\n' "$start" "$end" >>"$doc"
    awk -v sec="$file" -v start="$start" -v end="$end" '
        $0 == start { print; while ((getline l < sec) > 0) print l; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }' "$doc" >"$doc.tmp" && mv "$doc.tmp" "$doc"
}

# run_logged KIND LABEL COMMAND...: runs COMMAND with its output in bench/out/KIND-LABEL.log; prints and appends to the
# caller's array `results` its provider= lines and one line with the load average before and after; stops the script
# when the run threw.
run_logged() {
    local kind=$1 label=$2
    shift 2
    local log="bench/out/$kind-$label.log"
    echo "==> $label"
    local before; before=$(cut -d' ' -f1-3 /proc/loadavg)
    while IFS= read -r line; do echo "    $line"; results+=("$line"); done < <("$@" 2>&1 | tee "$log" | grep -E '^provider=')
    local line="provider=$label phase=load before=$(tr ' ' , <<<"$before") after=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' ,)"
    echo "$line" >>"$log"
    if grep -q 'Unhandled exception' "$log"; then
        grep -A5 'Unhandled exception' "$log" >&2
        echo "ERROR: the $label run failed ($log)" >&2
        exit 1
    fi
    results+=("$line")
}

# results_from_logs FILES...: the provider= lines of earlier runs' logs, appended to `results` (BENCH_FROM_LOG).
results_from_logs() {
    local f line
    for f in "$@"; do
        while IFS= read -r line; do results+=("$line"); done < <(grep -E '^provider=' "$f")
    done
}
