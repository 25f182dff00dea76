#!/usr/bin/env bash
# Builds ModeDesk and starts the dashboard. On first start (no profile yet)
# it runs the local MODE sandbox with demo data as its own process and signs
# in as the demo user. Extra arguments go to modedesk (see modedesk --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display: running under a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1280x800x24" build/release/app/modedesk "$@"
fi
exec build/release/app/modedesk "$@"
