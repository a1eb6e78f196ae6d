#!/usr/bin/env bash
# Runs every test of the local solution (everything but the Azure Functions host).
# Tests that read ../shared/data (real closes, beside the repository) skip with a visible reason when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build Alchemiser.Local.slnf -c Release
dotnet test --solution Alchemiser.Local.slnf -c Release --no-build "$@"
