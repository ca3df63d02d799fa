#!/usr/bin/env bash
# Backs up CchcPlanner's PostgreSQL database into one file (pg_dump's custom format, compressed; restore.sh reads it).
# Usage: scripts/db/backup.sh <connection URI> <file>     e.g. postgresql://cchc:secret@localhost:5432/cchcplanner
# PG_BIN may name the folder of pg_dump when the one on PATH is older than the server.
set -euo pipefail
uri=${1:?usage: backup.sh <connection URI> <file>}
file=${2:?usage: backup.sh <connection URI> <file>}
bin=${PG_BIN:+$PG_BIN/}

# Written beside the target and renamed at the end, so a failed backup never leaves a truncated file under the name.
"${bin}pg_dump" --format=custom --no-owner --no-privileges --file="$file.partial" "$uri"
mv "$file.partial" "$file"
echo "Backup written: $file ($(du -h "$file" | cut -f1))"
