# Installs the Debian packages agendad needs, skipping those already installed.
# Sourced by scripts/serve and scripts/test; extra package names may be passed.
agendad_install_deps() {
  local packages=(
    cmake ninja-build g++ pkg-config
    libboost1.74-dev libboost-program-options1.74-dev libical-dev libyaml-cpp-dev libexpected-dev nlohmann-json3-dev
    libsystemd-dev libhowardhinnant-date-dev zlib1g-dev libssl-dev tzdata python3
    libqpdf-dev libcairo2-dev libpango1.0-dev fonts-dejavu-core
    "$@"
  )
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if ((${#missing[@]})); then
    echo "agendad: installing ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}
