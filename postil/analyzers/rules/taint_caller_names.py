"""The name a taint message gives the project's file that calls a function with request data
(`request data that .../routes/posts.js passes`)."""

from __future__ import annotations

import re
from pathlib import Path

_FILE_NAME = re.compile(r"[^\w./\-]")  # what a caller's file name, quoted in a message, may not hold


def caller_name(caller: Path, root: Path) -> str:
    """``caller``'s path under the workspace's ``root``, whole or its last directories and name
    within 60 characters (`.../routes/posts.js`, never cut inside a name)."""
    name = _FILE_NAME.sub("_", str(caller).removeprefix(str(root) + "/"))
    return name if len(name) <= 60 else ".../" + (name[-56:].partition("/")[2] or name[-56:])
