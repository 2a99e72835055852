#!/usr/bin/env bash
# The work of action.yml (the composite GitHub Action): compare two letters with vng-brief, or the newest two
# of a folder of letters whose names start with their date. The Markdown report goes to the run's summary page,
# the annotations onto the new letter, the summary line to the step's output `summary`; the exit status is
# vng-brief's (1 when --fail-on finds what it names). Inputs come as environment variables (never pasted into
# the script, so a file name cannot run as code): VNG_OLD, VNG_NEW, VNG_SERIES, VNG_FAIL_ON, VNG_LANG.
set -euo pipefail

here="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}"
vng_brief() { node "$here/bin/vng-brief.js" "$@"; }

old="${VNG_OLD:-}"
new="${VNG_NEW:-}"
if [ -z "$old" ] || [ -z "$new" ]; then
  if [ -n "$old$new" ] || [ -z "${VNG_SERIES:-}" ]; then
    echo "::error title=vng-brief::give both old and new, or a series folder"
    exit 2
  fi
  mapfile -t letters < <(find "$VNG_SERIES" -maxdepth 1 -type f \
    \( -name '*.txt' -o -name '*.md' -o -name '*.pdf' -o -name '*.docx' -o -name '*.html' -o -name '*.htm' \) |
    LC_ALL=C sort)
  if [ "${#letters[@]}" -lt 2 ]; then
    echo "vng-brief: fewer than two letters in $VNG_SERIES: nothing to compare"
    exit 0
  fi
  old="${letters[-2]}"
  new="${letters[-1]}"
fi

lang="${VNG_LANG:-nl}"
report="$(mktemp -d)/report.md"
# the letters' warnings are printed once, by the second run
vng_brief diff "$old" "$new" --lang "$lang" -o "$report" --quiet >/dev/null
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$report" >>"$GITHUB_STEP_SUMMARY"; fi

args=(--format github --lang "$lang")
if [ -n "${VNG_FAIL_ON:-}" ]; then args+=(--fail-on "$VNG_FAIL_ON"); fi
status=0
annotations="$(vng_brief diff "$old" "$new" "${args[@]}")" || status=$?
printf '%s\n' "$annotations"
if [ -n "${GITHUB_OUTPUT:-}" ]; then printf 'summary=%s\n' "${annotations##*$'\n'}" >>"$GITHUB_OUTPUT"; fi
exit "$status"
