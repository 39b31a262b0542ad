#!/bin/bash
# packaging.manpages: each program's manual page names every command its --help lists, so the pages
# in the packages do not fall behind the programs.
#   manpages_current.sh MAN-FOLDER BIN-FOLDER
set -euo pipefail
man=$1
bin=$2
status=0
for program in examctl exam-bank exam-intake; do
    # Each command must have an entry of its own: a .B/.BI/.BR line that starts with its words (roff's
    # "\-" and font changes undone), not only a mention somewhere in the prose.
    entries=$(mktemp)
    sed -n 's/\\-/-/g; s/\\f[BIR]//g; s/"//g; s/^\.B[IR]\{0,1\} //p' "$man/$program.1" >"$entries"
    help=$("$bin/$program" --help) || { echo "$program --help failed"; status=1; continue; }
    # Commands are the --help lines indented by two spaces that start with a lower-case word; the
    # words before the first option or argument name the command ("station set-intake", "check").
    commands=$(grep -E '^  [a-z]' <<<"$help" | sed -E 's/^  //; s/ +(--|[A-Z[]|[a-z]+\|).*$//; s/ {2,}.*$//')
    [ "$(grep -c . <<<"$commands")" -ge 3 ] || { echo "$program --help lists no commands"; status=1; }
    while read -r command; do
        if ! grep -qE "^${command}( |\$|\|)" "$entries"; then
            echo "$program.1 has no entry for \"$command\" (listed by $program --help)"
            status=1
        fi
    done <<<"$commands"
    rm -f "$entries"
done
for program in exam-kiosk exam-room examctl exam-bank exam-intake; do
    version=$("$bin/$program" --version | awk -v p="$program" '$1 == p { print $2 }')
    [ -n "$version" ] || { echo "$program --version does not say its version"; status=1; continue; }
    grep -q "^\.TH $(echo "$program" | tr a-z- A-Z-) 1 .*\"$program $version\"" "$man/$program.1" \
        || { echo "$program.1 is not the page of $program $version"; status=1; }
done
[ "$status" -eq 0 ] && echo "every command of every --help is in its manual page"
exit "$status"
