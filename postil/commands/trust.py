"""``postil trust``: allow a workspace's config files to say where code and keys go.

A repository's ``.postil.toml`` / ``pyproject.toml`` may set rules freely, but the keys
that decide whether and where code or keys leave the machine (``postil.config.EGRESS_KEYS``)
count only once the user trusts the file as it is now (direnv/mise model; see
``postil.trust``). ``--list`` shows what is trusted, ``--revoke`` forgets a workspace.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

_said: set[str] = set()


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "trust", help="allow this workspace's config files to set the LLM/embeddings provider and endpoints",
        description="Record the workspace's .postil.toml / pyproject.toml files (real paths and content hashes) in "
                    "your config directory. Until then, and again after a file changes, the provider, endpoint, "
                    "model, embeddings and chroma-url keys in them are ignored.")
    parser.add_argument("path", nargs="?", type=Path, default=None, help="workspace (default: current directory)")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true", help="list trusted config files and whether they changed")
    action.add_argument("--revoke", action="store_true", help="stop trusting this workspace's config files")
    parser.set_defaults(handler=run)


def warn_untrusted(loaded) -> None:
    """Print a config's notice (egress keys ignored, limits held) on stderr, once per process."""
    notice = loaded.notice
    if notice and notice not in _said:
        _said.add(notice)
        print(notice, file=sys.stderr)


def workspace_root(start: Path) -> Path:
    from postil.config import git_root

    start = start.resolve()
    return git_root(start) or start


def workspace_config_files(root: Path) -> list[Path]:
    """The workspace's config files: every tracked or unignored ``.postil.toml`` and
    ``pyproject.toml`` with ``[tool.postil]`` (git), else the ones at the root."""
    from postil import git
    from postil.config import CONFIG_FILES, above_git_root, find_config_file

    try:
        out = git.git(["ls-files", "-z", "-co", "--exclude-standard", "--", *(f":(glob)**/{n}" for n in CONFIG_FILES)],
                      root)
        found = [root / git.decode_path(raw) for raw in out.split(b"\0") if raw]
    except git.GitError:
        found = [root / name for name in CONFIG_FILES]
    effective = find_config_file(root)
    if effective is not None and not above_git_root(effective, root):
        found.append(effective)
    files = []
    for path in found:
        if path.is_file() and (path.name != "pyproject.toml" or "[tool.postil" in path.read_text("utf-8", "replace")):
            files.append(path.resolve())
    return sorted(set(files))


def run(args: argparse.Namespace) -> int:
    from postil import trust

    if args.list:
        files = trust.trusted_files()
        if not files:
            print(f"nothing trusted ({trust.user_config_dir() / trust.TRUST_FILE})")
        for name, digest in files.items():
            path = Path(name)
            state = ("missing" if not path.is_file()
                     else "trusted" if trust.digest(path.read_bytes()) == digest else "changed since trusted")
            print(f"{name}: {state}")
        return 0
    root = workspace_root(args.path or Path.cwd())
    if not root.is_dir():
        print(f"postil: {root} is not a directory", file=sys.stderr)
        return 2
    if args.revoke:
        gone = trust.revoke(root)
        for name in gone:
            print(f"no longer trusted: {name}")
        if not gone:
            print(f"nothing trusted under {root}")
        return 0
    files = workspace_config_files(root)
    if not files:
        print(f"postil: nothing to trust: no .postil.toml or pyproject.toml with [tool.postil] in {root}",
              file=sys.stderr)
        return 1
    try:
        trust.record(files)
    except OSError as exc:
        print(f"postil: cannot record trust in {trust.user_config_dir()}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for path in files:
        print(f"trusted: {path}")
        for line in _egress_lines(path):
            print(f"  {line}")
    return 0


def _egress_lines(path: Path) -> list[str]:
    """What a trusted file now decides: ``llm.base-url = "http://..."`` per egress key it sets
    (values JSON-quoted: control characters from a repository never reach the terminal raw)."""
    import json

    from postil.config import EGRESS_KEYS, ConfigError, key_name, parse_config

    try:
        loaded = parse_config(path)
    except ConfigError as exc:
        return [str(exc)]
    if loaded is None:
        return []
    values = loaded.settings.model_dump(exclude_unset=True)
    return [f"{key_name((table, name))} = {json.dumps(values[table][name])}" for table, name in EGRESS_KEYS
            if name in values.get(table, {})]
