#!/usr/bin/env bash
# Builds ModeDesk and runs every test on Debian 13 "trixie" (Qt 6.8, GCC 14,
# CMake 3.31) in a chroot this script makes itself: a change that breaks
# newer Qt is caught here. Needs root (or sudo) and Debian's mirror.
#   MODEDESK_CHROOT  where the chroot lives (default /var/tmp/modedesk-trixie);
#                    kept between runs, with its ccache, so a second run is quick.
set -euo pipefail
cd "$(dirname "$0")/.."
root="${MODEDESK_CHROOT:-/var/tmp/modedesk-trixie}"
mirror="${MODEDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
stage() { echo "== debian13: $1 ($(( $(date +%s) - start )) s so far)"; }
start=$(date +%s)

if ! command -v debootstrap >/dev/null; then
  stage "installing debootstrap"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends debootstrap
fi
if [ ! -x "$root/usr/bin/apt-get" ]; then
  stage "debootstrap trixie into $root"
  $sudo rm -rf "$root"
  $sudo debootstrap --variant=minbase trixie "$root" "$mirror" >/dev/null
fi

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    $sudo umount -l "${mounted[i]}" 2>/dev/null || true
  done
}
trap cleanup EXIT
mount_into() {  # type source target [options]
  if ! mountpoint -q "$root$3"; then
    $sudo mkdir -p "$root$3"
    $sudo mount -t "$1" ${4:+-o "$4"} "$2" "$root$3"
    mounted+=("$root$3")
  fi
}
mount_into proc proc /proc
mount_into sysfs sys /sys
mount_into devpts devpts /dev/pts newinstance,ptmxmode=0666
mount_into tmpfs tmpfs /dev/shm
$sudo cp /etc/resolv.conf "$root/etc/resolv.conf"

stage "copying the source tree"
$sudo rm -rf "$root/src"
$sudo mkdir -p "$root/src"
tar --exclude=./build --exclude=./.git -cf - . | $sudo tar -xf - -C "$root/src"

stage "packages, build and tests inside"
$sudo chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 CCACHE_DIR=/root/.ccache MODEDESK_PRESET="${MODEDESK_PRESET:-ci-debug}" \
  bash -c 'cd /src && scripts/test.sh'
stage "passed"
