#!/usr/bin/env bash
# Runs every test of the local solution (everything but the Azure Functions host).
# Tests that read ../shared/data (real closes, beside the repository) skip with a visible reason when it is absent.
# Integration tests use Azurite: installed into .tools/ on first use (npm), started here on 127.0.0.1 with free ports
# and a temporary data folder, passed to the tests as ALCHEMISER_TEST_AZURITE, stopped on exit.
# The email tests use maildev the same way: installed into .tools/maildev/ (its own npm prefix: a --no-save install into
# .tools/ would prune Azurite), started on 127.0.0.1 with free SMTP and web ports, passed as ALCHEMISER_TEST_MAILDEV.
# First of all, scripts/validate-infra.sh builds and lints infra/*.bicep (Bicep CLI from NuGet) and writes the ARM
# template that tests/Alchemiser.Deployment.Tests checks.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/validate-infra.sh

AZURITE_VERSION=3.37.0
AZURITE=.tools/node_modules/.bin/azurite
if [[ ! -x "$AZURITE" ]]; then
  command -v npm >/dev/null || { echo "npm is required to install Azurite (apt-get install nodejs npm)" >&2; exit 1; }
  echo "Installing azurite@$AZURITE_VERSION into .tools/ ..."
  npm install --no-save --prefix .tools "azurite@$AZURITE_VERSION" --silent --no-audit --no-fund >/dev/null
fi

# wait_for_http NAME PID LOG URL EXPECTED: waits up to 30 s until URL answers (EXPECTED: an HTTP code, or "any"),
# failing with the service's log if it exits or never answers.
wait_for_http() {
  local name=$1 pid=$2 log=$3 url=$4 expected=$5 code=000
  for _ in $(seq 1 150); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited while starting:" >&2
      cat "$log" >&2
      exit 1
    fi
    code=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "$url" || true)
    if [[ "$expected" == any && "$code" != 000 ]] || [[ "$code" == "$expected" ]]; then
      return 0
    fi
    sleep 0.2
  done
  echo "$name did not answer at $url within 30 s" >&2
  exit 1
}

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

azurite_dir=$(mktemp -d -t alchemiser-azurite-XXXXXX)
azurite_pid=""
stop_azurite() {
  if [[ -n "$azurite_pid" ]]; then
    kill "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
  fi
  rm -rf "$azurite_dir" "$azurite_dir.log"
}
maildev_pid=""
maildev_log=""
stop_maildev() {
  if [[ -n "$maildev_pid" ]]; then
    kill "$maildev_pid" 2>/dev/null || true
    wait "$maildev_pid" 2>/dev/null || true
  fi
  [[ -z "$maildev_log" ]] || rm -f "$maildev_log"
}
trap 'stop_maildev; stop_azurite' EXIT

blob_port=$(free_port)
queue_port=$(free_port)
table_port=$(free_port)
"$AZURITE" --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
  --tableHost 127.0.0.1 --tablePort "$table_port" --location "$azurite_dir" \
  --skipApiVersionCheck --loose --silent >"$azurite_dir.log" 2>&1 &
azurite_pid=$!
wait_for_http Azurite "$azurite_pid" "$azurite_dir.log" "http://127.0.0.1:$blob_port/devstoreaccount1?comp=list" any
rm -f "$azurite_dir.log"
echo "Azurite $AZURITE_VERSION on 127.0.0.1: blob $blob_port, queue $queue_port, table $table_port"

# The well-known development account of Azurite (public, not a secret).
account_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export ALCHEMISER_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$account_key;\
BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;\
QueueEndpoint=http://127.0.0.1:$queue_port/devstoreaccount1;\
TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"

MAILDEV_VERSION=3.0.0
MAILDEV=.tools/maildev/node_modules/.bin/maildev
if [[ ! -x "$MAILDEV" ]]; then
  echo "Installing maildev@$MAILDEV_VERSION into .tools/maildev/ ..."
  npm install --no-save --prefix .tools/maildev "maildev@$MAILDEV_VERSION" --silent --no-audit --no-fund >/dev/null
fi

smtp_port=$(free_port)
web_port=$(free_port)
maildev_log=$(mktemp -t alchemiser-maildev-XXXXXX.log)
"$MAILDEV" --smtp "$smtp_port" --web "$web_port" --ip 127.0.0.1 --web-ip 127.0.0.1 --silent >"$maildev_log" 2>&1 &
maildev_pid=$!
wait_for_http maildev "$maildev_pid" "$maildev_log" "http://127.0.0.1:$web_port/api/healthz" 200
echo "maildev $MAILDEV_VERSION on 127.0.0.1: smtp $smtp_port, web $web_port"
export ALCHEMISER_TEST_MAILDEV="smtp=127.0.0.1:$smtp_port;web=http://127.0.0.1:$web_port"

dotnet build Alchemiser.Local.slnf -c Release
# The Functions host cannot be restored here: compile its sources against the documented API (tools/FunctionsApiCheck).
dotnet build tools/FunctionsApiCheck -c Release
dotnet test --solution Alchemiser.Local.slnf -c Release --no-build "$@"
