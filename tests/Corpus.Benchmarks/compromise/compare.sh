#!/usr/bin/env bash
# Side-by-side speed of Corpus's syntax layer and compromise's tagger on the same raw text, one core
# each (taskset), process start and warm-up left out by both. Usage, from the repository root:
#   tests/Corpus.Benchmarks/compromise/compare.sh TEXT_FILE
# TEXT_FILE: plain text, paragraphs separated by blank lines (e.g. score_ud.py's raw text of EWT dev).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
file="$1"
(cd "$here" && [ -d node_modules/compromise ] || npm install --no-audit --no-fund >/dev/null)
echo "== compromise 14.17.0, nlp(paragraph)"
taskset -c 0 node "$here/bench.mjs" "$file" 5
echo "== Corpus: words + tags + lemmas + trees"
dotnet run --project src/Corpus.Training -c Release -- syntax-speed "$file" | grep '^round'
