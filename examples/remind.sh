#!/bin/sh
# Mail each unit the list of its members whose monthly report is missing.
#
#   remind.sh [MONTH]        MONTH: YYYY-MM, `this` or `last` (default: last)
#
# Addresses come from the file $DANVAN_REMIND_CONFIG (default
# ~/.config/danvan/remind.conf, as examples/remind.conf), one unit a line:
# the address, then the unit's name exactly as `danvan member list` shows
# it; # starts a comment:
#
#   vanphong@so.gov.vn     Văn phòng Sở
#   nghiepvu@so.gov.vn     Phòng Nghiệp vụ
#
# A line with an address alone is for members without a unit. A unit
# missing from the file goes to $DANVAN_REMIND_TO. The database is
# $DANVAN_DB, as for danvan itself (else the default one). $DANVAN names the
# binary (default: danvan on PATH, else ~/.cargo/bin/danvan, where `cargo
# install` puts it, else /usr/local/bin/danvan: cron's PATH is only
# /usr/bin:/bin). The mail is written in $DANVAN_LANG (default vi) and sent
# with $DANVAN_MAIL (default: mail).
# Prints nothing, and mails nothing, when nobody is missing.

set -eu

danvan=${DANVAN:-}
if [ -z "$danvan" ]; then
    for candidate in "$(command -v danvan || true)" "$HOME/.cargo/bin/danvan" /usr/local/bin/danvan; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            danvan=$candidate
            break
        fi
    done
fi
if [ -z "$danvan" ]; then
    echo "remind.sh: danvan is not installed: run 'cargo install --path .' in its source, or set DANVAN to its path" >&2
    exit 1
fi
lang=${DANVAN_LANG:-vi}
mailer=${DANVAN_MAIL:-mail}
config=${DANVAN_REMIND_CONFIG:-$HOME/.config/danvan/remind.conf}
fallback=${DANVAN_REMIND_TO:-}
month=${1:-last}

# `this` and `last` as YYYY-MM for the mail's subject, from DANVAN_TODAY
# (YYYY-MM-DD) when it is set, as danvan does.
today=${DANVAN_TODAY:-$(date +%Y-%m-%d)}
year=${today%%-*}
mm=${today#*-}
mm=${mm%%-*}
mm=${mm#0}
case $month in
this) month=$(printf '%04d-%02d' "$year" "$mm") ;;
last)
    if [ "$mm" -eq 1 ]; then
        month=$(printf '%04d-12' $((year - 1)))
    else
        month=$(printf '%04d-%02d' "$year" $((mm - 1)))
    fi
    ;;
esac
mm=${month#*-}
case $lang in
vi) subject="Dân vận khéo: nhắc nộp báo cáo tháng ${mm#0}/${month%%-*}" ;;
*) subject="Dân vận khéo: monthly report for $month not yet sent" ;;
esac

# The address of unit $1: its line in the config file, else the fallback.
address_of() {
    if [ -r "$config" ]; then
        while read -r addr unit; do
            case $addr in '' | '#'*) continue ;; esac
            if [ "$unit" = "$1" ]; then
                printf '%s\n' "$addr"
                return 0
            fi
        done <"$config"
    fi
    printf '%s\n' "$fallback"
}

units=$(mktemp)
trap 'rm -f "$units"' EXIT
trap 'exit 1' HUP INT TERM

# One unit a line, nothing at all when nobody is missing. A failure (no
# database, say) stops the script here with danvan's message, which cron mails.
"$danvan" report missing --month "$month" --list-units >"$units"

status=0
while IFS= read -r unit; do
    to=$(address_of "$unit")
    if [ -z "$to" ]; then
        printf 'remind.sh: no address for the unit "%s": add it to %s or set DANVAN_REMIND_TO\n' \
            "$unit" "$config" >&2
        status=1
        continue
    fi
    "$danvan" --lang "$lang" report missing --month "$month" --unit "$unit" --letter |
        "$mailer" -s "$subject${unit:+ - $unit}" "$to" ||
        status=1
done <"$units"
exit "$status"
