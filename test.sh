#!/usr/bin/env bash
# Runs every test of the solution: unit, integration (SQLite and a throwaway PostgreSQL) and end-to-end (Chromium).
# Installs what the tests need first. Under CI=true a test that cannot reach PostgreSQL or Chromium fails.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

require_dotnet
if ! ensure_packages postgresql chromium chromium-headless-shell fonts-liberation2 poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui; then
  if [ "${CI:-}" = "true" ]; then
    echo "CI: the packages above are required." >&2
    exit 1
  fi
  echo "Continuing: tests needing the missing packages will be skipped." >&2
fi

dotnet build CchcPlanner.sln -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet test CchcPlanner.sln -c Release --no-build --nologo "$@"
