#!/usr/bin/env bash
# Builds and lints the Bicep in infra/ offline, with the Bicep CLI from NuGet (tools/Bicep/Bicep.csproj downloads the
# package Azure.Bicep.CommandLine.linux-x64; no other network). Fails on any error AND on any warning: the CLI exits 0
# on warnings and only writes them to stderr, so a non-empty stderr fails too. The compiled ARM template is kept in
# .tools/infra/main.json (git-ignored) for tests/Alchemiser.Deployment.Tests, which checks it against the settings
# catalog, host.json, local.settings.sample.json and azure.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "$(uname -s)" != Linux || "$(uname -m)" != x86_64 ]]; then
  echo "validate-infra: the Bicep CLI package used here is for Linux x64 only (this is $(uname -s) $(uname -m))" >&2
  exit 1
fi

TOOLS_PROJECT=tools/Bicep/Bicep.csproj
BICEP_VERSION=$(sed -n 's/.*Include="Azure.Bicep.CommandLine.linux-x64" Version="\[\([^]]*\)\]".*/\1/p' "$TOOLS_PROJECT")
if [[ -z "$BICEP_VERSION" ]]; then
  echo "validate-infra: no exact Azure.Bicep.CommandLine.linux-x64 version ([x.y.z]) found in $TOOLS_PROJECT" >&2
  exit 1
fi

echo "Restoring the Bicep CLI $BICEP_VERSION (NuGet) ..."
dotnet restore "$TOOLS_PROJECT" --verbosity quiet
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
BICEP="$packages/azure.bicep.commandline.linux-x64/$BICEP_VERSION/tools/bicep"
if [[ ! -f "$BICEP" ]]; then
  echo "validate-infra: the Bicep CLI is not at $BICEP after restoring $TOOLS_PROJECT" >&2
  exit 1
fi
chmod +x "$BICEP"

out_dir=.tools/infra
mkdir -p "$out_dir"
stderr_file=$(mktemp -t alchemiser-bicep-XXXXXX.err)
trap 'rm -f "$stderr_file" "$out_dir/main.json.tmp"' EXIT

# run_bicep DESCRIPTION ARGS...: runs the CLI, failing on a non-zero exit code or on anything written to stderr.
run_bicep() {
  local description=$1
  shift
  local status=0
  "$BICEP" "$@" 2>"$stderr_file" || status=$?
  if [[ $status -ne 0 || -s "$stderr_file" ]]; then
    echo "validate-infra: $description failed (exit code $status; warnings count as failures):" >&2
    cat "$stderr_file" >&2
    exit 1
  fi
}

rm -f "$out_dir/main.json"
run_bicep "bicep build infra/main.bicep" build infra/main.bicep --stdout >"$out_dir/main.json.tmp"
mv "$out_dir/main.json.tmp" "$out_dir/main.json"
echo "bicep build infra/main.bicep: ok -> $out_dir/main.json"

mapfile -t files < <(find infra -name '*.bicep' | sort)
for file in "${files[@]}"; do
  run_bicep "bicep lint $file" lint "$file"
  echo "bicep lint $file: ok"
done
echo "Infrastructure valid: ${#files[@]} Bicep files, no errors, no warnings."
