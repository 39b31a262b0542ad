#!/bin/bash
# packaging.manpages: each program's manual page names every command its --help lists, so the pages
# in the packages do not fall behind the programs.
#   manpages_current.sh MAN-FOLDER BIN-FOLDER
set -euo pipefail
man=$1
bin=$2
status=0
for program in examctl exam-bank exam-intake; do
    # The page's text with roff's "\-" and font changes undone, to compare with --help.
    text=$(mktemp)
    sed 's/\\-/-/g; s/\\f[BIR]//g' "$man/$program.1" >"$text"
    # Commands are the --help lines indented by two spaces that start with a lower-case word; the
    # words before the first option or argument name the command ("station set-intake", "check").
    while read -r command; do
        if ! grep -qF -- "$command" "$text"; then
            echo "$program.1 does not mention \"$command\" (listed by $program --help)"
            status=1
        fi
    done < <("$bin/$program" --help | grep -E '^  [a-z]' | sed -E 's/^  //; s/ +(--|[A-Z[]|[a-z]+\|).*$//; s/ {2,}.*$//')
    rm -f "$text"
done
for program in exam-kiosk examctl exam-bank exam-intake; do
    version=$("$bin/$program" --version | awk -v p="$program" '$1 == p { print $2 }')
    [ -n "$version" ] || { echo "$program --version does not say its version"; status=1; continue; }
    grep -q "^\.TH $(echo "$program" | tr a-z- A-Z-) 1 .*\"$program $version\"" "$man/$program.1" \
        || { echo "$program.1 is not the page of $program $version"; status=1; }
done
[ "$status" -eq 0 ] && echo "every command of every --help is in its manual page"
exit "$status"
