#!/usr/bin/env bash
# Prints "table rows" for every table of the public schema, sorted: two databases that print the same hold the same
# number of rows everywhere. Usage: scripts/db/row-counts.sh <connection URI>
set -euo pipefail
uri=${1:?usage: row-counts.sh <connection URI>}
bin=${PG_BIN:+$PG_BIN/}

# One query: query_to_xml runs a count(*) per table, so the figures are exact (pg_class.reltuples is an estimate).
"${bin}psql" --no-psqlrc --quiet --tuples-only --no-align --field-separator=' ' --set=ON_ERROR_STOP=1 --dbname="$uri" --command="
  SELECT table_name,
         (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text
  FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
  ORDER BY table_name COLLATE \"C\""
