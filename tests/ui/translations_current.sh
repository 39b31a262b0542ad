#!/bin/sh
# The Spanish translation holds every message the code has now: lupdate, run as the
# update_translations target runs it but on a copy, must find nothing new and nothing gone. A message
# added without `cmake --build --preset dev --target update_translations` (and its Spanish) fails here.
# Arguments: lupdate, the lupdate project description CMake wrote for examui, Qt's script that turns
# it into lupdate's JSON project, the .ts file.
set -eu
lupdate=$1 project=$2 generate=$3 ts=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -DIN_FILE="$project" -DOUT_FILE="$work/project.json" -P "$generate"
cp "$ts" "$work/current.ts"
"$lupdate" -project "$work/project.json" -no-obsolete -locations none -ts "$work/current.ts" > "$work/lupdate.log" 2>&1 \
    || { cat "$work/lupdate.log"; exit 1; }
if ! cmp -s "$ts" "$work/current.ts"; then
    echo "FAIL: $ts is not up to date with the code's messages (new, changed or gone)."
    echo "Run: cmake --build --preset dev --target update_translations, then translate what it marks unfinished."
    diff -u "$ts" "$work/current.ts" | head -60
    exit 1
fi
echo "PASS: $(grep -c '<message' "$ts") messages, none missing and none left over"
