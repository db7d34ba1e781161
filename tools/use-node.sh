# Source this file (". tools/use-node.sh") to get a Node >= 22.12 on PATH.
# If the system Node is new enough it is used as is; otherwise the project brings
# its own Node 24 and npm 12 from the npm registry (tools/node/package.json, pinned
# by its lockfile) and puts them first on PATH. See shared TOOLCHAIN.md.
_dojo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_dojo_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! _dojo_node_ok; then
  # An npm from another prefix does not read the system npmrc, which is where the
  # registry's certificate authority is named: carry both across before switching.
  if command -v npm >/dev/null 2>&1; then
    _ca="$(npm config get cafile 2>/dev/null)"
    [ -n "$_ca" ] && [ "$_ca" != "null" ] && [ "$_ca" != "undefined" ] || _ca=/etc/ssl/certs/ca-certificates.crt
    export NODE_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS:-$_ca}"
    _gc="$(npm config get globalconfig 2>/dev/null)"
    [ -n "$_gc" ] && [ -f "$_gc" ] && export NPM_CONFIG_GLOBALCONFIG="${NPM_CONFIG_GLOBALCONFIG:-$_gc}"
    if [ ! -x "$_dojo_root/tools/node/node_modules/.bin/node" ]; then
      echo "System Node $(node -v 2>/dev/null || echo none) is older than 22.12: installing Node 24 from the npm registry into tools/node" >&2
      (cd "$_dojo_root/tools/node" && npm ci --no-audit --no-fund --loglevel=error) || return 1
    fi
  fi
  export PATH="$_dojo_root/tools/node/node_modules/.bin:$PATH"
  hash -r
  _dojo_node_ok || { echo "Could not get Node >= 22.12 (have $(node -v 2>/dev/null || echo none))" >&2; return 1; }
fi
unset -f _dojo_node_ok
