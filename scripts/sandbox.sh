#!/usr/bin/env bash
# Builds and starts only the local MODE sandbox with demo data, for use from
# other tools (curl, a device, another dashboard). Extra arguments go to
# modedesk-sandbox (e.g. --account-mode phone).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release --target modedesk-sandbox
data="${XDG_DATA_HOME:-$HOME/.local/share}/ModeDesk"
mkdir -p "$data"
exec build/release/sandbox/modedesk-sandbox --demo --db "$data/sandbox-cli.db" --port 8765 "$@"
