#!/usr/bin/env bash
# Restores a backup made by backup.sh into a database, replacing what is there, in one transaction: when anything
# fails, the database is left as it was. Stop the app first (it holds connections and writes).
# Usage: scripts/db/restore.sh <connection URI> <file>
set -euo pipefail
uri=${1:?usage: restore.sh <connection URI> <file>}
file=${2:?usage: restore.sh <connection URI> <file>}
bin=${PG_BIN:+$PG_BIN/}

"${bin}pg_restore" --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$uri" "$file"
echo "Restored $file"
