#!/usr/bin/env bash
# Renders every workbook of a report directory to PDF with LibreOffice (headless) and the first pages to PNG, so a
# person can look at what Excel/LibreOffice users will see: check-workbooks.sh out/2026Q3 [pages-per-file]
# Needs: libreoffice-calc, poppler-utils (apt-get install -y libreoffice-calc poppler-utils fonts-noto-cjk).
set -euo pipefail
dir=${1:?usage: check-workbooks.sh REPORT_DIR [PAGES]}
pages=${2:-2}
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc" >&2; exit 2; }
out="$dir/pdf"
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
shopt -s nullglob
books=("$dir"/*.xlsx)
[ ${#books[@]} -gt 0 ] || { echo "no .xlsx in $dir" >&2; exit 2; }
soffice --headless --norestore "-env:UserInstallation=file://$profile" --convert-to pdf --outdir "$out" \
  "${books[@]}" >/dev/null
status=0
for book in "${books[@]}"; do
  pdf="$out/$(basename "${book%.xlsx}").pdf"
  if [ ! -s "$pdf" ]; then echo "FAILED to render $book" >&2; status=1; continue; fi
  n=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  echo "$(basename "$pdf"): ${n:-?} pages"
  if command -v pdftoppm >/dev/null; then
    pdftoppm -r 80 -png -f 1 -l "$pages" "$pdf" "${pdf%.pdf}"
  fi
done
echo "PDFs and page images in $out"
exit $status
