"""``postil trust``: allow a workspace's config files to say where code and keys go.

A repository's ``.postil.toml`` / ``pyproject.toml`` may set rules freely, but the keys
that decide whether and where code or keys leave the machine (``postil.config.EGRESS_KEYS``)
count only once the user trusts the file as it is now (direnv/mise model; see
``postil.trust_store``). The command shows each file, what it sets of those keys and what would
leave the machine once it is trusted, every name and value written out as a terminal cannot
act on it, then asks; ``--yes`` trusts without asking, no terminal and no ``--yes`` trusts
nothing. ``--list`` shows what is trusted, ``--revoke`` forgets a workspace.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from postil.core.terminal import terminal
from postil.core.terminal import say

_said: set[str] = set()
# What a config file sets whether or not it is trusted (nothing in it sends code or keys anywhere).
_UNDECIDED = ("Not decided by trust, so already in effect: rules and severities, rule-dirs (rule files, read only "
             "inside the repository), secret-rules and gitleaks-rules (they only mask more of what is sent), "
             "excludes and redact-patterns (they only send less), llm.review = \"off\" or \"onRequest\", and limits "
             "(the stricter of yours and the project's).")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "trust", help="allow this workspace's config files to set the LLM/embeddings provider and endpoints",
        description="Show the workspace's .postil.toml / pyproject.toml files, what each sets that decides where "
                    "code and keys go, and what would leave the machine once they are trusted; then, when you "
                    "confirm (or with --yes), record them (real paths and content hashes) in your config directory. "
                    "Until then, and again after a file changes, the provider, endpoint, model, embeddings and "
                    "chroma-url keys in them are ignored.")
    parser.add_argument("path", nargs="?", type=Path, default=None, help="workspace (default: current directory)")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true", help="list trusted config files and whether they changed")
    action.add_argument("--revoke", action="store_true", help="stop trusting this workspace's config files")
    action.add_argument("--yes", "-y", action="store_true",
                        help="trust without asking (for scripts; without it, trust asks on a terminal and a run "
                             "with no terminal trusts nothing)")
    parser.set_defaults(handler=run)


def warn_untrusted(loaded) -> None:
    """Print a config's notice (egress keys ignored, limits held) on stderr, once per process."""
    notice = loaded.notice
    if notice and notice not in _said:
        _said.add(notice)
        say(notice, file=sys.stderr)


def workspace_root(start: Path) -> Path:
    from postil.config import git_root

    start = start.resolve()
    return git_root(start) or start


def workspace_config_files(root: Path) -> list[Path]:
    """The workspace's config files: every tracked or unignored ``.postil.toml`` and
    ``pyproject.toml`` with ``[tool.postil]`` (git), else the ones at the root."""
    from postil import git
    from postil.config import CONFIG_FILES, above_git_root, declares_postil, find_config_file

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
        if path.is_file() and declares_postil(path):
            files.append(path.resolve())
    return sorted(set(files))


def run(args: argparse.Namespace) -> int:
    from postil import trust_store

    if args.list:
        files = trust_store.trusted_files()
        if not files:
            say(f"nothing trusted ({trust_store.user_config_dir() / trust_store.TRUST_FILE})")
        for name, digest in files.items():
            path = Path(name)
            state = ("missing" if not path.is_file()
                     else "trusted" if trust_store.digest(path.read_bytes()) == digest else "changed since trusted")
            say(f"{name}: {state}")
        return 0
    root = workspace_root(args.path or Path.cwd())
    if not root.is_dir():
        say(f"postil: {root} is not a directory", file=sys.stderr)
        return 2
    if args.revoke:
        gone = trust_store.revoke(root)
        for name in gone:
            say(f"no longer trusted: {name}")
        if not gone:
            say(f"nothing trusted under {root}")
        return 0
    files = workspace_config_files(root)
    if not files:
        say(f"postil: nothing to trust: no .postil.toml or pyproject.toml with [tool.postil] in {root}",
            file=sys.stderr)
        return 1
    for path in files:
        print()
        for line in _file_lines(path, root):
            print(line)
    print(f"\n{_UNDECIDED}")
    if not (args.yes or _confirmed(len(files))):
        return 1
    try:
        trust_store.record(files)
    except OSError as exc:
        say(f"postil: cannot record trust in {trust_store.user_config_dir()}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for path in files:
        say(f"trusted: {path}")
    return 0


def _confirmed(count: int) -> bool:
    """The user's yes on a terminal; no terminal (a script, an editor) is a no, said on stderr."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        say("postil: not trusted: nobody could confirm (no terminal); to trust these files from a script, "
            "run `postil trust --yes`", file=sys.stderr)
        return False
    print()
    print(f"Trust {'this file' if count == 1 else f'these {count} files'}? [y/N] ", end="", flush=True)
    if sys.stdin.readline().strip().lower() in ("y", "yes"):
        return True
    print("not trusted")
    return False


def _trust_keys() -> tuple[tuple[str, str], ...]:
    """The keys whose values trust lets a file decide: where code and keys go (``EGRESS_KEYS``),
    the embedding model directory loaded, the collection ``--publish`` writes."""
    from postil.config import EGRESS_KEYS

    return tuple(dict.fromkeys((*EGRESS_KEYS, ("index", "model_path"), ("index", "collection"))))


def _file_lines(path: Path, root: Path) -> list[str]:
    """What the user is asked to trust in ``path``, every value from it written out literally:
    the file (a nested one said as such), what it sets that trust decides (JSON-quoted), and
    what leaves the machine for the files under it once it is trusted."""
    import json

    from postil.config import ConfigError, key_name, load_file, parse_config

    lines = [_heading(path, root)]
    try:
        parsed = parse_config(path)
        loaded = load_file(path, path.parent, chosen=True)
    except ConfigError as exc:
        return [*lines, f"  cannot be read: {terminal(str(exc))}"]
    values = parsed.settings.model_dump(exclude_unset=True) if parsed is not None else {}
    sets = [f"    {key_name((table, name))} = {json.dumps(values[table][name])}" for table, name in _trust_keys()
            if name in values.get(table, {})]
    lines.append("  sets, of what trust decides:" if sets else "  sets nothing that trust decides")
    lines.extend(sets)
    lines.append(f"  once trusted, for the files under {terminal(str(path.parent))}:")
    return lines + [f"    {line}" for line in _effect(loaded, path.parent)]


def _heading(path: Path, root: Path) -> str:
    """The file's path, and where it sits when that is not the workspace's root folder."""
    if path.parent == root:
        return terminal(str(path))
    where = (f"nested in {terminal(path.parent.relative_to(root).as_posix())}" if root in path.parents
             else f"above the workspace, in {terminal(str(path.parent))}")
    return f"{where}: {terminal(str(path))}"


def _effect(loaded, folder: Path) -> list[str]:
    """In plain words, what leaves the machine (and what is loaded) under ``loaded``, with the
    environment's overrides: each endpoint, what it receives, the local embedding model."""
    from postil.commands.doctor_command import endpoints
    from postil.config.environment import SettingsError, resolve

    try:
        settings = resolve(loaded.settings.llm, sources=loaded.sources)
    except SettingsError as exc:
        return [f"LLM review: cannot be set up: {terminal(str(exc))}"]
    lines = []
    for endpoint in endpoints(settings, loaded.settings, folder):
        model = f" (model {terminal(endpoint['model'])})" if endpoint["model"] else ""
        lines.append(f"{endpoint['kind']}: sends to {terminal(endpoint['endpoint'])}{model}:")
        lines.extend(f"  - {terminal(what)}" for what in endpoint["receives"])
    if not lines:
        lines.append("nothing leaves this machine (no LLM provider, local embeddings, no Chroma server)")
    model_path = loaded.model_directory()
    if model_path is not None:
        lines.append(f"embedding model loaded from: {terminal(str(model_path))}")
    if loaded.settings.index.collection:
        lines.append(f"`postil index --publish` writes the collection {terminal(loaded.settings.index.collection)} "
                     f"on the Chroma server")
    return lines
