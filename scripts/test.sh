#!/usr/bin/env bash
# Builds ModeDesk with warnings as errors and runs every test headless
# (offscreen Qt, a private D-Bus session with an unlocked keyring).
# Set MODEDESK_PRESET=asan for the AddressSanitizer/UBSan build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
preset="${MODEDESK_PRESET:-ci}"
cmake --preset "$preset"
cmake --build --preset "$preset"
export QT_QPA_PLATFORM=offscreen
# The keyring wants a newline on stdin to unlock (an empty stdin leaves it locked).
exec dbus-run-session -- bash -c \
  'echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && ctest --preset "$0"' "$preset"
