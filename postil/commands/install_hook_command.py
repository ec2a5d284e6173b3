"""``postil install-hook``: a plain git pre-commit hook running ``postil review --staged``.

The hook lives where git looks for hooks (``core.hooksPath`` when set, else
``.git/hooks``), and only when that is inside the repository (its work tree or its own git
directory, links followed): a ``hooksPath`` or a hooks link leading elsewhere is refused by
name. A hook postil did not write is never replaced or moved: the user is told how to call
postil from it; re-installing our own hook is a no-op or an update. The hook honours
pre-commit's ``SKIP`` convention (``SKIP=postil``) and, like every hook, ``git commit --no-verify``.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path

MARKER = "# postil-hook: installed by `postil install-hook`"

TEMPLATE = """#!/bin/sh
{marker}
# Reviews the staged changes with postil; blocks the commit on findings at or above fail-on.
# Skip once with `SKIP=postil git commit ...` (pre-commit's convention) or `git commit --no-verify`.
# git runs hooks in the repository's top directory: -P and PYTHONSAFEPATH keep Python from
# importing the repository's own modules (a committed json.py) in place of postil's.
PYTHONSAFEPATH=1
export PYTHONSAFEPATH
case ",$(printf '%s' "${{SKIP:-}}" | tr -d ' ')," in
    *,postil,*) echo "postil: skipped (SKIP=postil)" >&2; exit 0 ;;
esac
if [ -x {python} ]; then
    exec {python} -P -m postil review --staged
fi
# else postil in PATH's absolute directories (a relative entry, ./node_modules/.bin or a trailing
# ':', is searched from the repository's top, where the repository could have put a postil)
set -f
IFS=:
for dir in $PATH; do
    case $dir in
        /*) if [ -f "$dir/postil" ] && [ -x "$dir/postil" ]; then exec "$dir/postil" review --staged; fi ;;
    esac
done
echo "postil: not found (was its virtualenv removed?); run 'postil install-hook' again or commit with --no-verify" >&2
exit 1
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "install-hook", help="install a git pre-commit hook running `postil review --staged`",
        description="Write a git pre-commit hook that runs `postil review --staged`, inside the repository only; "
                    "another program's hook is left as it is.")
    parser.set_defaults(handler=run)


def hook_text() -> str:
    return TEMPLATE.format(marker=MARKER, python=shlex.quote(sys.executable))


class HookRefused(Exception):
    """postil will not write the hook there (the message says where and what to do)."""


def hooks_dir(root: Path) -> Path:
    """Where git looks for this repository's hooks (``core.hooksPath`` when set, else the
    ``hooks`` folder of its git directory), when that is inside the repository: its work tree
    or its own git directory, links followed. HookRefused otherwise; GitError from git."""
    from postil.core import gitcmd
    from postil.core.atomic import inside

    dot_git = root / ".git"
    if dot_git.is_symlink():
        raise HookRefused(f"{_shown(dot_git)} is a link to {_shown(os.path.realpath(dot_git))}, not the "
                          "repository's own git directory")
    out = gitcmd.run(root, ["rev-parse", "--git-common-dir"]).decode("utf-8", "surrogateescape").rstrip("\n")
    common = root / out  # git prints it relative to the work tree or absolute
    configured = [(scope, value) for scope, key, value in gitcmd.configuration(root) if key == "core.hookspath"]
    scope, setting = configured[-1] if configured else (None, None)
    what = f"core.hooksPath ({_shown(setting)}, set in the {scope} git config)" if setting else None
    if setting and setting.startswith("%("):
        raise HookRefused(f"{what} is outside this repository")
    hooks = root / os.path.expanduser(setting) if setting else common / "hooks"
    if not (inside(hooks, root) or inside(hooks, common)):
        raise HookRefused(f"{what or _shown(hooks) + ' (a link)'} leads to {_shown(os.path.realpath(hooks))}, "
                          "outside this repository")
    return hooks


def _shown(path) -> str:
    """A path from the repository, safe to print."""
    from postil.core.terminal import terminal

    return terminal(str(path))


def update_unsafe_hook(root: Path) -> str | None:
    """Rewrite a pre-commit hook an older postil wrote that runs ``python -m postil`` without
    ``-P`` (so a repository's own ``postil/`` package would run in its place); the notice to
    show, or None when there is nothing to update."""
    from postil.core.atomic import write_atomic
    from postil.git import GitError

    try:
        hook = hooks_dir(root) / "pre-commit"
        current = hook.read_text(encoding="utf-8", errors="replace") if not hook.is_symlink() else ""
    except (GitError, HookRefused, OSError):
        return None
    if MARKER not in current or "-m postil" not in current or "PYTHONSAFEPATH" in current:
        return None
    try:
        write_atomic(hook, hook_text(), mode=0o755)
    except OSError as exc:
        return (f"postil: the pre-commit hook at {_shown(hook)} was written by an older postil and lets the "
                f"repository's code run in postil's place; cannot update it ({exc.strerror or exc}): "
                "run `postil install-hook`")
    return f"postil: updated the pre-commit hook at {_shown(hook)} (an older postil wrote it without -P)"


def run(args: argparse.Namespace) -> int:
    from postil import git
    from postil.core.atomic import write_atomic

    try:
        root = git.repo_root(Path.cwd())
        hooks = hooks_dir(root)
    except git.GitError as exc:
        print(f"postil: {exc}", file=sys.stderr)
        return 2
    except HookRefused as exc:
        print(f"postil: not installing the pre-commit hook: {exc}; postil writes hooks only inside the "
              "repository. Run `postil review --staged` from your own hook instead (or use the pre-commit "
              "framework's `postil` hook)", file=sys.stderr)
        return 1
    hook = hooks / "pre-commit"
    text = hook_text()
    if os.path.lexists(hook):
        try:
            current = "" if hook.is_symlink() else hook.read_text(encoding="utf-8", errors="replace")
        except OSError:
            current = ""
        if MARKER not in current:
            print(f"postil: {_shown(hook)} is another program's pre-commit hook; postil leaves it as it is. "
                  "To run postil from it, add this line to it: postil review --staged || exit 1", file=sys.stderr)
            return 1
        if current == text and os.access(hook, os.X_OK):
            print(f"postil: pre-commit hook already installed at {_shown(hook)}")
            return 0
    try:
        hooks.mkdir(parents=True, exist_ok=True)
        write_atomic(hook, text, mode=0o755)
    except OSError as exc:
        print(f"postil: cannot write {_shown(hook)}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"postil: installed the pre-commit hook at {_shown(hook)}")
    return 0
