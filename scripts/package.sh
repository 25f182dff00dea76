#!/usr/bin/env bash
# Builds the DEB and TGZ packages and checks them: unpacked into scratch
# roots, `modedesk --version` runs and `modedesk-sandbox --port 0` announces
# itself; the .deb depends on the Qt plugins it needs; the desktop entry and
# AppStream metadata validate.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null || {
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends desktop-file-utils appstream
}
# MODEDESK_PACKAGE_PRESET=ci packages the CI build (the same RelWithDebInfo
# app, already built by scripts/test.sh) instead of building release again.
preset="${MODEDESK_PACKAGE_PRESET:-release}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
rm -f build/"$preset"/modedesk_*.deb build/"$preset"/modedesk-*.tar.gz
(cd build/"$preset" && cpack -G "DEB;TGZ" >/dev/null)
deb=$(ls build/"$preset"/modedesk_*.deb)
tgz=$(ls build/"$preset"/modedesk-*.tar.gz)
echo "built $deb and $tgz"

check_root() {  # $1: a folder with bin/modedesk and bin/modedesk-sandbox
  local bin="$1"
  QT_QPA_PLATFORM=offscreen "$bin/modedesk" --version | grep -q "ModeDesk 0\|modedesk 0\|ModeDesk" \
    || { echo "modedesk --version failed in $bin"; exit 1; }
  local out; out=$(mktemp)
  "$bin/modedesk-sandbox" --port 0 >"$out" 2>/dev/null &
  local pid=$!
  for _ in $(seq 50); do [ -s "$out" ] && break; sleep 0.1; done
  kill "$pid" 2>/dev/null || true
  head -1 "$out" | grep -Eq '^listening on http://127\.0\.0\.1:[0-9]+$' \
    || { echo "modedesk-sandbox did not announce itself from $bin"; cat "$out"; exit 1; }
  rm -f "$out"
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/tgz" "$scratch/deb"
tar -xzf "$tgz" -C "$scratch/tgz"
check_root "$(dirname "$(find "$scratch/tgz" -path '*/bin/modedesk' | head -1)")"
dpkg-deb -x "$deb" "$scratch/deb"
check_root "$scratch/deb/usr/bin"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in qt6-qpa-plugins libqt6sql6-sqlite libqt6core6 libqt6websockets6 libqt6charts6 libqt6keychain1 libqrencode4; do
  grep -q "$needed" <<<"$depends" || { echo "the .deb does not depend on $needed: $depends"; exit 1; }
done
desktop-file-validate "$scratch/deb/usr/share/applications/io.github.modedesk.ModeDesk.desktop"
appstreamcli validate --no-net "$scratch/deb/usr/share/metainfo/io.github.modedesk.ModeDesk.metainfo.xml" >/dev/null
test -f "$scratch/deb/usr/share/icons/hicolor/256x256/apps/io.github.modedesk.ModeDesk.png"
echo "packages OK: $(basename "$deb") $(basename "$tgz")"
echo "  Depends: $depends"
