#!/usr/bin/env bash
# Linux build machine: the X client libraries that Qt's xcb plugin needs and many desktops
# lack, so that the build can put them into the bundle, and Xvfb, on which the smoke test
# opens the frozen desk on a real (virtual) X display. Installs with apt-get when missing.
set -euo pipefail
packages=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
          libxcb-shape0 libxkbcommon-x11-0 xvfb)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "setup_linux_build: install ${missing[*]} (needs root and apt-get)" >&2
  exit 1
fi
echo "setup_linux_build: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq "${missing[@]}" >/dev/null
