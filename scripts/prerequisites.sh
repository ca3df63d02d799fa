# Shared by run.sh and test.sh: makes sure the Debian/Ubuntu packages a command needs are installed.
# Installs with apt-get when running as root or with sudo; otherwise prints exactly what to install.
# Idempotent and quick when everything is present (dpkg is asked first, apt only when something is missing).

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET SDK 10 is required (https://dot.net). Install it, then run this command again." >&2
    exit 1
  fi
}

# ensure_packages PKG... : installs the missing ones, or explains; returns 1 when some are still missing.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo"
    else
      echo "Missing packages: ${missing[*]}" >&2
      echo "Install them with:  sudo apt-get install -y ${missing[*]}" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing packages: ${missing[*]} (this machine has no apt-get; install their equivalents)." >&2
    return 1
  fi

  echo "Installing: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
