#!/usr/bin/env bash
# Installs what ModeDesk needs on Debian 12 / Ubuntu 22.04+, and nothing
# that is already there. Safe to run again. Uses sudo when not root.
set -euo pipefail

packages=(
  g++ cmake ninja-build ccache file dpkg-dev pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev
  qt6-websockets-dev qt6-charts-dev qt6-httpserver-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libqt6sql6-sqlite libqrencode-dev
  xvfb xauth dbus-daemon dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
  fonts-dejavu-core imagemagick desktop-file-utils appstream
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

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
