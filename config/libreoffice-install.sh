#!/usr/bin/env bash
# Installs LibreOffice Calc and poppler-utils (Debian packages) when soffice is missing: the workbook rendering test
# (WorkbookRenderTest) converts each report to PDF with it. Needs root (or sudo) and Debian's package mirror.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc poppler-utils >/dev/null
command -v soffice >/dev/null
