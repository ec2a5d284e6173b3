"""A project planted with top-level modules that shadow what postil imports.

Each module records its name in a marker directory outside the project when imported. A launch
that puts the project first on ``sys.path`` (``python -m postil`` run in the project, the way git
runs hooks and editors start servers) imports them; postil's own launch paths must not.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# file in the project -> marker name
SHADOWS = {
    "json.py": "json",
    "openai.py": "openai",
    "pygls/__init__.py": "pygls",
    "sitecustomize.py": "sitecustomize",
    "postil/__init__.py": "postil",
    "postil/__main__.py": "postil.__main__",
}


def plant(project: Path, markers: Path) -> None:
    markers.mkdir(parents=True, exist_ok=True)
    for name, marker in SHADOWS.items():
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"open({str(markers / marker)!r}, 'w').close()\n")


def fired(markers: Path) -> list[str]:
    return sorted(p.name for p in markers.iterdir()) if markers.exists() else []


def clean_env(**extra: str) -> dict[str, str]:
    """The test's environment with postil importable from this checkout and no empty
    PYTHONPATH entry (an empty entry means the working directory, which would be the
    environment's doing, not postil's). The venv's bin directory comes first on PATH."""
    repo = str(Path(__file__).resolve().parent.parent.parent)
    entries = [repo] + [e for e in os.environ.get("PYTHONPATH", "").split(os.pathsep) if os.path.isabs(e) and e != repo]
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(entries), PATH=path)
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "POSTIL_LLM_API_KEY", "POSTIL_LLM_PROVIDER", "PYTHONSAFEPATH"):
        env.pop(name, None)
    env.update(extra)
    return env
