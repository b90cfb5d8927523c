#!/usr/bin/env bash
# Tests a built agendad .deb as a user gets it, without installing it on this machine: it is
# unpacked (dpkg -x) into a scratch root under build/, and what it holds is checked there. The
# installed example configuration must pass `agendad check`, the unit must read that
# configuration and stay hardened, and the manual pages, bash completion and copyright must be
# there and work. Builds nothing; scripts/package runs it on the .deb it has just made.
#
#   tests/package/install_test.sh build/deb/agendad_0.1.0-1_amd64.deb
set -uo pipefail
deb=${1:?usage: tests/package/install_test.sh path/to/agendad_VERSION_ARCH.deb}
cd "$(dirname "$0")/../.."
mkdir -p build
scratch=$(mktemp -d "$PWD/build/package-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
root=$scratch/root
dpkg -x "$deb" "$root" || { echo "cannot unpack $deb" >&2; exit 1; }
dpkg-deb -e "$deb" "$scratch/control"

passed=0
failed=0
# check NAME COMMAND...: runs COMMAND, quietly unless it fails.
check() {
  local name=$1
  shift
  local output
  if output=$("$@" 2>&1); then
    passed=$((passed + 1))
    echo "ok      $name"
  else
    failed=$((failed + 1))
    echo "FAILED  $name"
    [ -z "$output" ] || printf '%s\n' "$output" | sed 's/^/        /'
  fi
}
# has FILE PATTERN: FILE (gzipped or not) has a line matching the extended regex PATTERN.
has() { zcat -f -- "$1" | grep -Eq -- "$2"; }
not() { ! "$@"; }

agendad=$root/usr/bin/agendad
unit=$root/lib/systemd/system/agendad.service
man1=$root/usr/share/man/man1/agendad.1.gz
man5=$root/usr/share/man/man5/agendad.yaml.5.gz
completion=$root/usr/share/bash-completion/completions/agendad
copyright=$root/usr/share/doc/agendad/copyright

# The binary and the example configuration, as conffiles, which must load as they stand.
check "the binary is /usr/bin/agendad" test -x "$agendad"
check "agendad --help" "$agendad" --help
for config in "$(dirname "$0")"/../../config/*.yaml; do
  name=$(basename "$config")
  check "config/$name is /etc/agendad/$name, unchanged" cmp "$config" "$root/etc/agendad/$name"
  check "/etc/agendad/$name is a conffile" grep -qx "/etc/agendad/$name" "$scratch/control/conffiles"
done
check "the configuration names no file outside /etc/agendad" \
  not grep -Eq ':[[:space:]]+["'"'"']?(\.\./|/)' "$root"/etc/agendad/*.yaml
check "agendad check /etc/agendad passes" "$agendad" check "$root/etc/agendad"

# The unit: where Debian 12 keeps units, reading the one configuration directory systemd makes.
check "the unit is /lib/systemd/system/agendad.service" test -f "$unit"
check "the unit runs /usr/bin/agendad serve" has "$unit" '^ExecStart=/usr/bin/agendad serve '
check "the unit reads --config \${CONFIGURATION_DIRECTORY}" has "$unit" '--config \$\{CONFIGURATION_DIRECTORY\} '
check "ConfigurationDirectory=agendad (so /etc/agendad)" has "$unit" '^ConfigurationDirectory=agendad$'
check "the secrets credential is documented" has "$unit" '^#   LoadCredential=secrets:/etc/agendad/secrets$'
for bound in LimitNOFILE MemoryMax TasksMax; do
  check "the unit sets $bound=" has "$unit" "^$bound=[0-9]+[KMG]?$"
done
if command -v systemd-analyze >/dev/null; then
  # Verified as installed, but with the scratch root's binary and manual pages (Documentation=).
  sed "s|=/usr/bin/agendad |=$root/usr/bin/agendad |" "$unit" >"$scratch/agendad.service"
  check "systemd-analyze verify passes on the unit" \
    env MANPATH="$root/usr/share/man" systemd-analyze verify "$scratch/agendad.service"
  exposure=$(systemd-analyze security --offline=yes --no-pager --root="$root" "$unit" 2>&1 |
    sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
  echo "        systemd-analyze security: exposure ${exposure:-unknown}"
  check "the unit's exposure is at most 1.0" awk -v e="${exposure:-99}" 'BEGIN { exit !(e <= 1.0) }'
fi

# The manual pages: every command in agendad(1), the configuration reference in agendad.yaml(5),
# both rendering without a warning.
check "agendad(1) is installed" test -f "$man1"
for command in $("$agendad" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]*\) .*/\1/p'); do
  check "agendad(1) documents agendad $command" has "$man1" "^\.SS $command\$"
  for option in $("$agendad" "$command" --help | sed -n 's/^  \(--[a-z-]*\).*/\1/p'); do
    check "agendad(1) documents agendad $command ${option}" has "$man1" "^\\\\fB${option//-/\\\\-}\\\\fR"
  done
done
check "agendad.yaml(5) is installed" test -f "$man5"
check "agendad.yaml(5) documents bank_holidays" has "$man5" 'bank_holidays'
if command -v man >/dev/null; then
  for page in "$man1" "$man5"; do
    check "$(basename "$page") renders without warnings" \
      bash -c 'out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$1" 2>&1 >/dev/null); [ -z "$out" ] || { echo "$out"; exit 1; }' _ "$page"
  done
fi

# The bash completion completes subcommands and each one's options.
check "the bash completion is installed" test -f "$completion"
complete_words() {  # complete_words WORD...: what completing the last word offers
  bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _agendad; printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@"
}
if [ -f /usr/share/bash-completion/bash_completion ]; then
  check "agendad se<TAB> offers serve" bash -c '[ "$1" = serve ]' _ "$(complete_words agendad se)"
  check "agendad serve --th<TAB> offers --threads" bash -c '[ "$1" = --threads ]' _ "$(complete_words agendad serve --th)"
  check "agendad plan --format <TAB> offers text and json" \
    bash -c '[ "$1" = "text json" ]' _ "$(complete_words agendad plan --format '' | sort -r | xargs)"
fi

# The copyright, machine-readable (DEP-5), and the changelog.
check "the copyright is DEP-5" has "$copyright" '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/$'
check "the Debian changelog is installed" test -f "$root/usr/share/doc/agendad/changelog.Debian.gz"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
