#!/usr/bin/env bash
# Builds ModeDesk and starts the local MODE sandbox with demo data.
# Extra arguments go to modedesk-sandbox (e.g. --account-mode phone).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release
data="${XDG_DATA_HOME:-$HOME/.local/share}/ModeDesk"
mkdir -p "$data"
exec build/release/sandbox/modedesk-sandbox --demo --db "$data/sandbox.db" --port 8765 "$@"
