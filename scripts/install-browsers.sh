#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR where absent: `npm start` and `npm test` drive them,
# and nothing downloads a browser of its own. As root (CI, a fresh machine, which may have no
# sudo) apt-get runs as it is; as anyone else, through sudo.
set -euo pipefail

# The same paths, and the same overrides, as scripts/lib/chromium.ts and firefox.ts.
missing=()
[ -x "${SIYAQ_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${SIYAQ_FIREFOX:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0

# sudo drops the environment, so the variable that keeps apt-get from asking goes through env.
apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-browsers: run this as root, or install sudo" >&2; exit 1; }
  apt=(sudo "${apt[@]}")
fi
echo "install-browsers: installing ${missing[*]} with apt-get" >&2
"${apt[@]}" update -qq
"${apt[@]}" install -y -qq "${missing[@]}" >/dev/null
