"""The workspace a command acts on (``postil cache clear``, ``stats``, ``doctor``): the directory
given, else the workspace the current directory is in. A path that is not a directory is refused
with what to give instead: acting on ``FILE/.postil`` reported success for nothing."""

from __future__ import annotations

import sys
from pathlib import Path


def add_workspace_argument(parser) -> None:
    """The optional ``path`` argument naming the workspace directory."""
    parser.add_argument("path", nargs="?", type=Path, default=None,
                        help="the workspace's directory (default: the workspace of the current directory)")


def workspace_of(given: Path | None, command: str) -> Path | None:
    """The workspace's directory, resolved; None after saying on stderr why ``given`` is not one
    (no such directory; a file, with the directory of its workspace to give instead)."""
    from postil.core.terminal import say
    from postil.rag.workspace_root import find_workspace_root

    if given is None:
        return find_workspace_root(Path.cwd()).resolve()
    if given.is_dir():
        return given.resolve()
    if given.exists():
        workspace = find_workspace_root(given.resolve().parent)
        say(f"postil {command}: {given} is a file, not a workspace directory: give the workspace's directory "
            f"(this file's is {workspace}), or run the command from inside it", file=sys.stderr)
    else:
        say(f"postil {command}: {given}: no such directory: give a workspace's directory, or run the command "
            "from inside the workspace", file=sys.stderr)
    return None
