"""The server's answer to ``initialize``, kept from the last start with the same client
capabilities so that the next start can give it before pygls and lsprotocol load
(``postil.server.front``).

The answer is what the real server computed (pygls's capability builder over postil's
features), never written by hand: the front only repeats it, so the two cannot drift. It is
filed under a key of everything it depends on: the client's capabilities (as sent), postil's
version and server modules (their names, sizes and modification times), pygls and lsprotocol
as installed, and this Python. A start whose key has no answer yet is answered by pygls,
which then keeps its answer. The file is read only when it is this user's own and nobody
else may write it (``postil.core.usercache.read_private``): it decides what the server claims to do.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from postil import __version__
from postil.core.usercache import cache_dir, content_key
from postil.core.usercache import read_private

KIND = "initialize-answer"
_SERVER = Path(__file__).resolve().parent
_LIBRARIES = ("pygls", "lsprotocol")


def _stamp(path: Path) -> str:
    try:
        status = path.stat()
    except OSError:
        return f"{path}:missing"
    return f"{path}:{status.st_size}:{status.st_mtime_ns}"


def _code_stamps() -> list[str]:
    """What the answer is computed by: postil's server modules and the LSP libraries' files."""
    stamps = [_stamp(path) for path in sorted(_SERVER.glob("*.py"))]
    for name in _LIBRARIES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            stamps.append(f"{name}:missing")
            continue
        folder = Path(next(iter(spec.submodule_search_locations)))
        stamps.extend(_stamp(path) for path in sorted(folder.rglob("*.py")))
    return stamps


def key(capabilities: object) -> str:
    content = json.dumps([__version__, sys.version, _code_stamps(), capabilities], sort_keys=True,
                         separators=(",", ":"))
    return content_key(KIND, content.encode("utf-8", "surrogatepass"))


def _file(capabilities: object) -> Path:
    return cache_dir() / KIND / f"{key(capabilities)}.json"


def load(capabilities: object) -> dict | None:
    """``{"result": <InitializeResult JSON>, "pull": bool, "encoding": str}`` as kept for these
    capabilities, or None (not kept, not this user's own file, or not in that shape)."""
    data = read_private(_file(capabilities))
    try:
        entry = json.loads(data) if data is not None else None
    except ValueError:
        return None
    if (isinstance(entry, dict) and isinstance(entry.get("result"), dict)
            and isinstance(entry.get("result").get("capabilities"), dict)
            and isinstance(entry.get("pull"), bool) and entry.get("encoding") in ("utf-8", "utf-16", "utf-32")):
        return entry
    return None


def save(capabilities: object, result: dict, pull: bool, encoding: str) -> None:
    """Keep the answer the server gave (any failure to write is ignored: the next start asks pygls)."""
    from postil.core.atomic import write_atomic  # (tempfile: not on the way to the front's answer)

    target = _file(capabilities)
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(target, json.dumps({"result": result, "pull": pull, "encoding": encoding}), mode=0o600)
    except (OSError, TypeError, ValueError):
        pass

