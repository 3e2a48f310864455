#!/usr/bin/env bash
# Runs the app (SQLite by default), installing Debian's chromium first where it can, because PDFs need it.
#
#   ./run.sh --demo                      the README's run command: demo data, http://127.0.0.1:5080
#   ./run.sh --demo --urls http://127.0.0.1:5099
#
# Without root (or password-less sudo) chromium is not installed: the app runs anyway, logs the install command, and
# its PDF links answer with the print-ready page instead (ADR 0013).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    as_root=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then as_root=(sudo -n); else as_root=(); fi
    fi
    if ((EUID == 0)) || ((${#as_root[@]} > 0)); then
        echo "==> installing chromium (for PDFs)"
        export DEBIAN_FRONTEND=noninteractive
        { "${as_root[@]}" apt-get update -q && "${as_root[@]}" apt-get install -y -q --no-install-recommends chromium; } </dev/null \
            || echo "    chromium could not be installed; the app runs without PDFs"
    else
        echo "==> chromium is missing and this user cannot install it: sudo apt-get install chromium (PDFs need it)"
    fi
fi

exec dotnet run --project src/Protishruti.Web -- "$@"
