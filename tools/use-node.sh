# Source this file (". tools/use-node.sh") to put a Node that satisfies package.json's
# engines.node first on your shell's PATH: the system Node when it is new enough, otherwise the
# project's own Node 24 and npm from the npm registry (tools/node/package.json, pinned by its
# lockfile), installed on first use. The npm scripts need none of this (they go through
# scripts/with-node.mjs, which decides the same way); it is for running npx, node and tsx by hand,
# and for .ci/run.

# Run as a program ("bash tools/use-node.sh"), it could only change the PATH of a shell that
# exits at once: say so instead of doing nothing.
if [ -n "${ZSH_VERSION:-}" ]; then
  case "${ZSH_EVAL_CONTEXT:-}" in *:file*) _dojo_sourced=1 ;; *) _dojo_sourced=0 ;; esac
  eval '_dojo_self="${(%):-%x}"'
elif [ -n "${BASH_VERSION:-}" ]; then
  eval '_dojo_self="${BASH_SOURCE[0]}"'
  if [ "$_dojo_self" = "$0" ]; then _dojo_sourced=0; else _dojo_sourced=1; fi
else
  # A POSIX sh cannot tell where a sourced file lives: assume the project folder is the current one.
  _dojo_self=tools/use-node.sh
  case "$0" in *use-node.sh) _dojo_sourced=0 ;; *) _dojo_sourced=1 ;; esac
fi
if [ "$_dojo_sourced" = 0 ]; then
  echo "tools/use-node.sh changes the PATH of the shell that reads it, so source it instead of running it:" >&2
  echo "    . tools/use-node.sh" >&2
  echo "(npm start, npm test and the other npm scripts bring the project's Node by themselves.)" >&2
  exit 1
fi

_dojo_root="$(cd "$(dirname "$_dojo_self")/.." 2>/dev/null && pwd)"
if [ ! -f "$_dojo_root/scripts/with-node.mjs" ]; then
  echo "tools/use-node.sh: cannot find the project folder; run \". tools/use-node.sh\" from it" >&2
  unset _dojo_self _dojo_sourced _dojo_root
  return 1
fi

if command -v node >/dev/null 2>&1; then
  # Prints the folder of the project's Node (installing it first), or nothing when the system one will do.
  _dojo_bin="$(node "$_dojo_root/scripts/with-node.mjs" --bin-dir)" || {
    unset _dojo_self _dojo_sourced _dojo_root
    return 1
  }
elif [ -x "$_dojo_root/tools/node/node_modules/.bin/node" ]; then
  _dojo_bin="$_dojo_root/tools/node/node_modules/.bin"
else
  echo "No Node.js on PATH: install Node.js $(sed -n 's/.*"node": *">=\([0-9.]*\)".*/\1/p' "$_dojo_root/package.json") or newer (https://nodejs.org/)" >&2
  unset _dojo_self _dojo_sourced _dojo_root
  return 1
fi

if [ -n "$_dojo_bin" ]; then
  # The project's npm lives in another prefix and so does not read the system npmrc, which is
  # where this machine names the registry's certificate authority: carry both across first.
  if command -v npm >/dev/null 2>&1; then
    _dojo_ca="$(npm config get cafile 2>/dev/null)"
    case "$_dojo_ca" in "" | null | undefined) _dojo_ca=/etc/ssl/certs/ca-certificates.crt ;; esac
    export NODE_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS:-$_dojo_ca}"
    _dojo_gc="$(npm config get globalconfig 2>/dev/null)"
    if [ -n "$_dojo_gc" ] && [ -f "$_dojo_gc" ]; then export NPM_CONFIG_GLOBALCONFIG="${NPM_CONFIG_GLOBALCONFIG:-$_dojo_gc}"; fi
  fi
  export PATH="$_dojo_bin:$PATH"
  hash -r
fi
unset _dojo_self _dojo_sourced _dojo_root _dojo_bin _dojo_ca _dojo_gc
