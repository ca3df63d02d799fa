#!/usr/bin/env bash
# Proves a backup can be restored: counts the rows of every table, backs the database up, wipes it (drops every
# table), restores the backup and counts again. Exit 0 only when the counts match. Run it against a copy or in a
# maintenance window: the database is empty for the seconds between wipe and restore.
# Usage: scripts/db/check-backup.sh <connection URI> [backup file]
set -euo pipefail
here=$(dirname "$0")
uri=${1:?usage: check-backup.sh <connection URI> [backup file]}
file=${2:-$(mktemp --suffix=.dump)}
bin=${PG_BIN:+$PG_BIN/}
before=$(mktemp) after=$(mktemp)
trap 'rm -f "$before" "$after"' EXIT

"$here/row-counts.sh" "$uri" >"$before"
if [ ! -s "$before" ]; then
  echo "The database has no tables: nothing to check." >&2
  exit 1
fi

"$here/backup.sh" "$uri" "$file"
"${bin}psql" --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --dbname="$uri" \
  --command="DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null
echo "Wiped: $(("$here/row-counts.sh" "$uri") | wc -l) tables left"
"$here/restore.sh" "$uri" "$file"
"$here/row-counts.sh" "$uri" >"$after"

if ! diff -u "$before" "$after"; then
  echo "Row counts differ after the restore (above: - before, + after)." >&2
  exit 1
fi
echo "Row counts match in $(wc -l <"$after") tables, $(awk '{s += $2} END {print s}' "$after") rows."
