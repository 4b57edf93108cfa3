#!/usr/bin/env bash
# Optional: LibreOffice Writer's LanguageTool remote checker, pointed at `copydesk serve`, underlines
# "could reluctant" with "could be reluctant". Loopback only; the server and LibreOffice stop at
# the end. Needs Debian's libreoffice-writer-nogui and python3-uno (installed when run as root):
#
#   scripts/server/libreoffice-check.sh
source "$(dirname "$0")/lib.sh"
# python3-uno belongs to the distribution's Python, not to one a version manager put first on PATH
PY=/usr/bin/python3
if ! command -v soffice >/dev/null 2>&1 || ! "$PY" -c 'import uno' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui python3-uno >/dev/null
  else
    echo "libreoffice-check.sh needs: sudo apt-get install libreoffice-writer-nogui python3-uno" >&2
    exit 2
  fi
fi
need_jar
start_copydesk libreoffice 18481 1 2
wait_ready http://127.0.0.1:18481 180
"$PY" "$ROOT/scripts/server/libreoffice_check.py" http://127.0.0.1:18481
