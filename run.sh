#!/usr/bin/env bash
# Starts CchcPlanner on http://localhost:5080 with SQLite and demo data (see README.md for the demo users).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

require_dotnet
# Fonts with every Vietnamese glyph for printed documents; Chromium prints the PDFs.
ensure_packages fonts-liberation2 chromium-headless-shell || echo "Continuing: the app runs, PDF output needs the packages above." >&2

port="${PORT:-5080}"
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "Port $port is already in use. Stop the program using it, or run: PORT=5081 ./run.sh" >&2
  exit 1
fi

dotnet build src/CchcPlanner.Web -c Release --nologo -v quiet -clp:ErrorsOnly
echo "CchcPlanner: http://localhost:$port  (demo users and password in README.md; Ctrl+C to stop)"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Demo}"
export Storage__DataFolder="${Storage__DataFolder:-$PWD/data}"
exec dotnet run --project src/CchcPlanner.Web -c Release --no-build --no-launch-profile --urls "http://localhost:$port"
