"""A path that is probed and then opened is one flow: `if (!fs.existsSync(file)) return 404` then
`fs.readFileSync(file)` is one traversal, reported where the file is opened (its range runs from where
the path is built, so it takes in the probe), not once more at the probe. A probe (`existsSync`,
`stat`, `access`, fs-extra's `pathExists`; Python's `os.path.isfile`/`isdir`/`exists`) reached by a flow
is dropped where a later sink of the same rule is reached by the same flow with the same path, a name
built ahead (the finding at the open runs from where it was built); a probe alone, or of a path written
out in the call, stays a finding. So is the directory made for a file before it is written
(`fs.mkdir(path.dirname(full), { recursive: true })` then `fs.writeFile(full, data)`; Python's
`os.makedirs(os.path.dirname(full))`): a probe of `full`.
"""

from __future__ import annotations

import re

from postil.analyzers.rules.taint_values import TaintHit

_PROBES = frozenset({"exists", "existsSync", "access", "accessSync", "stat", "statSync", "lstat", "lstatSync",
                     "pathExists", "pathExistsSync", "isfile", "isdir", "lexists"})
_NAME = re.compile(r"[\w$]+")
_MAKERS = frozenset({"mkdir", "mkdirSync", "mkdirp", "mkdirpSync", "ensureDir", "ensureDirSync", "makedirs"})
_PARENT = re.compile(r"(?:[\w$]+\.)*dirname\(\s*([\w$]+)\s*\)")  # `path.dirname(full)`, `os.path.dirname(full)`
_LANGUAGES = frozenset({"javascript", "typescript", "tsx", "python"})


def without_probes(hits: list[TaintHit], root, language: str) -> list[TaintHit]:
    """``hits`` (of one rule, in the ``language`` file whose tree ``root`` is) less the probes of a name a
    later hit of the same flow opens (see the module's docstring)."""
    probes = [hit for hit in hits if hit.sink in _PROBES or hit.sink in _MAKERS]
    if not probes or len(probes) == len(hits) or language not in _LANGUAGES:
        return hits
    text = root.text()
    paths = {id(hit): _path(text, hit) for hit in hits}  # (each hit's once: a file may hold many)
    probed = {id(probe): _probed(probe, paths[id(probe)] or "") for probe in probes}
    dropped = {id(probe) for probe in probes if probed[id(probe)] is not None and any(
        other.sink not in _PROBES and other.sink not in _MAKERS and other.origin == probe.origin
        and other.start > probe.end and paths[id(other)] == probed[id(probe)] for other in hits)}
    return [hit for hit in hits if id(hit) not in dropped]


def _probed(probe: TaintHit, path: str) -> str | None:
    """The name a probe looks at: its path's (a name), or a directory maker's file (`mkdir(dirname(full))`)."""
    if probe.sink in _PROBES:
        return path if _NAME.fullmatch(path) else None
    parent = _PARENT.fullmatch(path)
    return parent.group(1) if parent else None


def _path(text: str, hit: TaintHit) -> str | None:
    """The first argument of the sink call a hit spans, as written (None: not a call with arguments)."""
    call = text[hit.start:hit.end]
    opening = call.find("(")
    if opening < 0 or not call.endswith(")"):
        return None
    depth, start = 0, opening + 1
    for i in range(start, len(call) - 1):
        c = call[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            return call[start:i].strip()
    return call[start:-1].strip() or None
