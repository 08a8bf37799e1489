#!/usr/bin/env bash
# Builds `itb` as one Native AOT executable for this machine (linux-x64), installs it and opens the bedside app.
#
#   bash scripts/install.sh [--prefix DIR] [--no-run]
#
# The executable and the native libraries it loads (SQLite, libsodium, Oniguruma) go to DIR/lib/itb-planner/, and
# DIR/bin/itb links to it (DIR is ~/.local unless --prefix or ITB_PREFIX says otherwise); nothing is written elsewhere
# except the build's own obj/ and bin/ folders. Then, in an interactive terminal and without --no-run, it runs `itb`: the
# app on the embedded default protocol and the default log ($XDG_DATA_HOME/itb-planner/itb.db). Needs the .NET 10 SDK
# and a C toolchain (gcc or clang: the native link). The publish takes about 3-4 minutes on 2 cores (README.md).
# BUILD_WRAPPER prefixes the dotnet command (e.g. BUILD_WRAPPER="flock /tmp/itb-build.lock nice" on a shared machine).
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=${ITB_PREFIX:-$HOME/.local}
run=1
while (($#)); do
  case $1 in
    --prefix) prefix=${2:?--prefix needs a directory}; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --no-run) run=0; shift ;;
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;;
  Linux-aarch64) rid=linux-arm64 ;;
  *) echo "install.sh: only Linux x64/arm64 are supported; use 'dotnet run --project src/ItbPlanner.App'" >&2; exit 1 ;;
esac
command -v dotnet >/dev/null || { echo "install.sh: the .NET 10 SDK is needed (dotnet not found)" >&2; exit 1; }
command -v cc >/dev/null || command -v gcc >/dev/null || command -v clang >/dev/null ||
  { echo "install.sh: Native AOT links with a C toolchain: install gcc or clang (apt-get install clang)" >&2; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
build_wrapper=(${BUILD_WRAPPER:-})
out=$(mktemp -d "${TMPDIR:-/tmp}/itb-publish.XXXXXX")
trap 'rm -rf "$out"' EXIT

echo "Publishing itb as a Native AOT executable ($rid); this takes a few minutes..."
started=$SECONDS
if ! "${build_wrapper[@]}" dotnet publish src/ItbPlanner.App -c Release -r "$rid" -p:PublishAot=true -o "$out" >"$out.log" 2>&1; then
  grep -E "error|warning" "$out.log" | sort -u >&2 || tail -n 30 "$out.log" >&2
  echo "install.sh: the publish failed (full log: $out.log)" >&2
  exit 1
fi
rm -f "$out.log"
elapsed=$((SECONDS - started))

# Replace the installed copy in one step: a new folder beside the old one, then a rename.
lib="$prefix/lib/itb-planner"
mkdir -p "$prefix/lib" "$prefix/bin"
rm -rf "$lib.new"
mkdir "$lib.new"
cp "$out/itb" "$lib.new/"
find "$out" -maxdepth 1 -name '*.so' -exec cp {} "$lib.new/" \;
rm -rf "$lib.old"
[ ! -e "$lib" ] || mv "$lib" "$lib.old"
mv "$lib.new" "$lib"
rm -rf "$lib.old"
ln -sfn "$lib/itb" "$prefix/bin/itb"

size=$(du -k "$lib/itb" | cut -f1)
echo "Installed $prefix/bin/itb -> $lib/itb ($((size / 1024)) MB; built in $((elapsed / 60)) min $((elapsed % 60)) s)."
"$prefix/bin/itb" --version >/dev/null
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Note: $prefix/bin is not on your PATH; add it, e.g. echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc" ;;
esac

if ((run)) && [ -t 0 ] && [ -t 1 ]; then
  exec "$prefix/bin/itb"
fi
echo "Run 'itb' to open the bedside app, 'itb --help' for the commands."
