#!/usr/bin/env bash
# The browser tests drive Chromium through Playwright (Playwright cannot download its own browsers
# here). $PROBCONV_CHROMIUM names the browser to use; by default it is Debian's chromium package,
# installed here when it is missing.
set -euo pipefail
if [ -n "${PROBCONV_CHROMIUM:-}" ]; then
  if [ -x "$PROBCONV_CHROMIUM" ]; then exit 0; fi
  echo "ensure_chromium: PROBCONV_CHROMIUM=$PROBCONV_CHROMIUM is not an executable file" >&2
  exit 1
fi
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
echo "ensure_chromium: /usr/bin/chromium is missing; installing Debian's chromium package with apt-get" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "ensure_chromium: installed $(/usr/bin/chromium --version)" >&2
