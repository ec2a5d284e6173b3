"""The programs postil starts (git, ast-grep), found only in PATH's absolute directories.

postil runs them in the workspace, and ``subprocess`` and ``shutil.which`` search a relative
PATH entry (the ``PATH=./node_modules/.bin:$PATH`` idiom, ``.``, the empty entry a trailing
``:`` makes) from the working directory: a repository's own ``node_modules/.bin/git`` ran on
every git call of ``postil review --staged``. The editor plugins skip such entries too.
"""

from __future__ import annotations

import os


def absolute_path() -> str:
    """PATH without its relative (and empty) entries."""
    entries = os.environ.get("PATH", os.defpath).split(os.pathsep)
    return os.pathsep.join(entry for entry in entries if entry and os.path.isabs(entry))


def which(name: str) -> str | None:
    """The absolute path of program ``name`` in PATH's absolute directories, or None."""
    import shutil  # lazily: a warm-cache ``postil check`` starts without it

    return shutil.which(name, path=absolute_path())
