"""``postil install-hook``: a plain git pre-commit hook running ``postil review --staged``.

The hook lives where git looks for hooks (``core.hooksPath`` when set, else
``.git/hooks``). A hook postil did not write is never overwritten without
``--force`` (which keeps a backup); re-installing our own hook is a no-op or
an update. The hook honours pre-commit's ``SKIP`` convention (``SKIP=postil``)
and, like every hook, ``git commit --no-verify``.
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
if command -v postil >/dev/null 2>&1; then
    exec postil review --staged
fi
echo "postil: not found (was its virtualenv removed?); run 'postil install-hook' again or commit with --no-verify" >&2
exit 1
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser("install-hook", help="install a git pre-commit hook running `postil review --staged`",
                                   description="Write a git pre-commit hook that runs `postil review --staged`.")
    parser.add_argument("--force", action="store_true",
                        help="replace an existing pre-commit hook postil did not write (it is kept as pre-commit.backup)")
    parser.set_defaults(handler=run)


def hook_text() -> str:
    return TEMPLATE.format(marker=MARKER, python=shlex.quote(sys.executable))


def update_unsafe_hook(root: Path) -> str | None:
    """Rewrite a pre-commit hook an older postil wrote that runs ``python -m postil`` without
    ``-P`` (so a repository's own ``postil/`` package would run in its place); the notice to
    show, or None when there is nothing to update."""
    from postil import git
    from postil.core.atomic import write_atomic

    try:
        hook = git.git_path(root, "hooks") / "pre-commit"
        current = hook.read_text(encoding="utf-8", errors="replace")
    except (git.GitError, OSError):
        return None
    if MARKER not in current or "-m postil" not in current or "PYTHONSAFEPATH" in current:
        return None
    try:
        write_atomic(hook, hook_text(), mode=0o755)
    except OSError as exc:
        return (f"postil: the pre-commit hook at {hook} was written by an older postil and lets the "
                f"repository's code run in postil's place; cannot update it ({exc.strerror or exc}): "
                "run `postil install-hook`")
    return f"postil: updated the pre-commit hook at {hook} (an older postil wrote it without -P)"


def run(args: argparse.Namespace) -> int:
    from postil import git
    from postil.core.atomic import write_atomic

    try:
        root = git.repo_root(Path.cwd())
        hooks = git.git_path(root, "hooks")
    except git.GitError as exc:
        print(f"postil: {exc}", file=sys.stderr)
        return 2
    hook = hooks / "pre-commit"
    text = hook_text()
    if hook.exists() or hook.is_symlink():
        try:
            current = hook.read_text(encoding="utf-8", errors="replace")
        except OSError:
            current = ""
        if MARKER in current:
            if current == text and os.access(hook, os.X_OK):
                print(f"postil: pre-commit hook already installed at {hook}")
                return 0
        elif not args.force:
            print(f"postil: {hook} exists and was not written by postil; not overwriting it "
                  "(use --force to replace it, keeping a backup, or call `postil review --staged` from it)",
                  file=sys.stderr)
            return 1
        else:
            backup = hook.with_name("pre-commit.backup")
            os.replace(hook, backup)
            print(f"postil: moved the existing hook to {backup}")
    try:
        hooks.mkdir(parents=True, exist_ok=True)
        write_atomic(hook, text, mode=0o755)
    except OSError as exc:
        print(f"postil: cannot write {hook}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"postil: installed the pre-commit hook at {hook}")
    return 0
