#!/usr/bin/env bash
# A CUPS print queue named PDF (cups-pdf) for the printing tests: installs CUPS and cups-pdf
# when they are missing, starts the scheduler when it is not running, adds the queue once.
# Exit 0: the queue accepts jobs. Otherwise it says why and exits non-zero.
set -euo pipefail
queue="${1:-PDF}"

say() { echo "setup_cups: $*" >&2; }
running() { lpstat -r 2>/dev/null | grep -q "is running"; }

if ! command -v cupsd >/dev/null || ! command -v lpadmin >/dev/null \
    || [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    say "CUPS or cups-pdf is missing and cannot be installed here (needs root and apt-get)"
    exit 1
  fi
  say "installing cups and printer-driver-cups-pdf"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq cups printer-driver-cups-pdf >/dev/null
fi

if ! running; then
  say "starting cupsd"
  cupsd
  for _ in $(seq 50); do
    running && break
    sleep 0.2
  done
  running || { say "cupsd did not start"; exit 1; }
fi

if ! lpstat -p "$queue" >/dev/null 2>&1; then
  ppd=$( (lpinfo -m 2>/dev/null || true) | awk '/CUPS-PDF_opt.ppd/ {print $1; exit}')
  ppd="${ppd:-lsb/usr/cups-pdf/CUPS-PDF_opt.ppd}"
  say "adding queue $queue ($ppd)"
  lpadmin -p "$queue" -v cups-pdf:/ -m "$ppd" -E
fi
cupsenable "$queue" 2>/dev/null || true
cupsaccept "$queue" 2>/dev/null || true
lpstat -p "$queue"
