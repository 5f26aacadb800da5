#!/usr/bin/env bash
# The site build typesets its formulas with Temml, which runs in Node.js (18.13 or later) and comes
# from the npm registry (package.json, package-lock.json). This installs Debian's nodejs and npm
# packages with apt-get when node or npm is missing or too old.
set -euo pipefail
node_ok() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 18 || (a === 18 && b >= 13) ? 0 : 1)'
}
if node_ok; then
  exit 0
fi
echo "ensure_node: Node.js 18.13+ with npm is missing; installing Debian's nodejs and npm packages with apt-get" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null
if ! node_ok; then
  echo "ensure_node: $(node --version 2>/dev/null || echo 'no node') is still too old; install Node.js 18.13 or later" >&2
  exit 1
fi
echo "ensure_node: installed Node.js $(node --version)" >&2
