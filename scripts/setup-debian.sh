#!/usr/bin/env bash
# Installs what ModeDesk needs on Debian 12 (Qt 6.4) or Debian 13 (Qt 6.8),
# and nothing that is already there (clang too when MODEDESK_PRESET=asan).
# Safe to run again. Uses sudo when not root.
set -euo pipefail

packages=(
  g++ cmake ninja-build ccache file dpkg-dev pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev
  qt6-websockets-dev qt6-charts-dev qt6-httpserver-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libqt6sql6-sqlite libqrencode-dev
  xvfb xauth dbus-daemon dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
  fonts-dejavu-core fonts-ipafont-gothic imagemagick desktop-file-utils appstream
)
# The asan preset builds with clang (MODEDESK_PRESET=asan scripts/test.sh).
if [ "${MODEDESK_PRESET:-}" = asan ]; then
  packages+=(clang)
fi

# What is there: installed packages and what they provide (on Debian 13
# libqt6opengl6-dev is only virtual, provided by qt6-base-dev).
installed=" $(dpkg-query -W -f='${db:Status-Abbrev} ${Package} ${Provides}\n' 2>/dev/null |
  awk '$1 == "ii" { $1 = ""; print }' | sed -e 's/([^)]*)//g' -e 's/:[a-z0-9]*//g' -e 's/,/ /g' |
  tr -s ' \n' '  ') "
missing=()
for package in "${packages[@]}"; do
  if [[ "$installed" != *" $package "* ]]; then
    missing+=("$package")
  fi
done
# clang's sanitizer runtime is versioned.
if [ "${MODEDESK_PRESET:-}" = asan ] && command -v clang >/dev/null; then
  rt="libclang-rt-$(clang -dumpversion | cut -d. -f1)-dev"
  if [[ "$installed" != *" $rt "* ]]; then
    missing+=("$rt")
  fi
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
# clang came with this run: its runtime too.
if [[ " ${missing[*]} " == *" clang "* ]]; then
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "libclang-rt-$(clang -dumpversion | cut -d. -f1)-dev"
fi
