#!/usr/bin/env bash
# Installs the Debian packages the test suite drives, only where missing:
#   chromium + chromium-l10n  end-to-end tests (playwright-core drives /usr/bin/chromium;
#                             the l10n package gives en-GB date and time fields)
#   poppler-utils             pdfinfo/pdftotext/pdftoppm, to check exported PDFs (and
#                             pdfunite, which the bench compares the pack's merge with)
#   qpdf                      reads a PDF's bookmarks and structure tree in the pack tests
#   libreoffice-writer-nogui  opens the exported .docx headless, as a council's Word user would
#   xvfb                      a virtual display for tests of windows
# Never downloads a browser of its own (no `playwright install`).
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/lib/chromium/locales/en-GB.pak ] || need+=(chromium-l10n)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)

if [ ${#need[@]} -eq 0 ]; then
  echo "Test tools: all present (chromium, chromium-l10n, poppler-utils, xvfb, qpdf, libreoffice-writer-nogui)."
  exit 0
fi

echo "Test tools: installing ${need[*]} with apt-get…"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "Test tools: ${need[*]} missing, and this user can neither apt-get nor sudo. Install them as root:" >&2
  echo "  apt-get update && apt-get install -y ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${need[@]}"
