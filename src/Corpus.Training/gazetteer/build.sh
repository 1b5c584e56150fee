#!/usr/bin/env bash
# Rebuilds the gazetteer table the package embeds. Needs node and npm (the npm registry).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
cp "$here/package.json" "$here/build.cjs" "$here/curated.tsv" "$work/"
(cd "$work" && npm install --no-audit --no-fund --silent >/dev/null)
out="$here/../../Corpus/Entities/Resources/gazetteer.tsv"
node "$work/build.cjs" "$out"
gzip -n -9 -f "$out"
rm -rf "$work"
ls -l "$out.gz"
