#!/bin/sh
# format.clang-format: every C++ source of the project is formatted as .clang-format says. On a
# failure it names the files and the command that formats them.
#   format_check.sh CLANG-FORMAT SOURCE-DIR
set -eu
clang_format=$1
root=$2
cd "$root"
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find app core ui itembanks tests -path tests/data -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print | sort >"$list"
count=$(wc -l <"$list")
[ "$count" -gt 100 ] || { echo "FAIL: only $count sources found under $root"; exit 1; }
unformatted=""
while read -r file; do
    if ! "$clang_format" --dry-run --Werror "$file" >/dev/null 2>&1; then
        unformatted="$unformatted $file"
    fi
done <"$list"
if [ -n "$unformatted" ]; then
    echo "FAIL: not formatted as .clang-format says:"
    for file in $unformatted; do echo "  $file"; done
    echo "Format them with: $clang_format -i$unformatted"
    exit 1
fi
echo "PASS: $count sources formatted as .clang-format says"
