"""What a check's answer rests on, in one digest (:func:`run_key`): postil's own code and the
ast-grep it runs, the options that change findings, each config in effect as it was loaded (its
settings, the rule files and secret rules it adds, the baselines it honours), the walk (its files
and what it left out) and each file's content. What the run reads beyond these is noted as it
reads (core.reads) and kept beside the answer."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from postil.analyzers import baseline
from postil.analyzers.checker import Checker
from postil.core import file_stamps, reads
from postil.scan import ScanPlan

# the libraries whose behaviour is part of a check's answer, by the files they load from
_LIBRARIES = ("ast_grep_py", "pathspec", "yaml", "re2")


@dataclass(frozen=True)
class CheckOptions:
    """What of a ``check`` command changes its reports."""

    paths: tuple[str, ...]
    select: tuple[str, ...] | None
    ignore: tuple[str, ...]
    fail_on: str | None
    config: str | None
    bulk: bool


def file_digest(path: str | os.PathLike, limit: int, held: dict | None = None, stamps: dict | None = None) -> str:
    """What a check reads of a walked file: the sha256 of its bytes; its size where it is over
    ``limit`` (its report says so, unread); its kind where it is not a regular file (see
    core.reads.regular_bytes). ``held`` gets the bytes read and their sha256, under ``path``;
    ``stamps`` its stamp before the read (core.file_stamps)."""
    opened = None if stamps is None else (lambda st: stamps.__setitem__(path, file_stamps.of(st)))
    data = reads.regular_bytes(path, limit, opened)
    if not isinstance(data, bytes):
        return data
    digest = hashlib.sha256(data).hexdigest()
    if held is not None:
        held[path] = (data, digest)
    return digest


def walked_digests(plan: ScanPlan, hold: bool = False) -> list[str]:
    """Each walked file's :func:`file_digest`, under its checker's ``max-file-size``; ``hold``: the
    bytes read kept in ``plan.held`` for the files' checks (each file read once), their stamps
    in ``plan.stamps``."""
    held, stamps = (plan.held, plan.stamps) if hold else (None, None)
    return [file_digest(path, plan.checkers[path].loaded.settings.max_file_size, held, stamps)
            for path in plan.walked.files]


@lru_cache(maxsize=1)
def _code() -> str:
    """postil's own files (its code, packs and data), the Python running it and the libraries and
    ast-grep binary it runs, as one digest."""
    digest = hashlib.sha256(sys.version.encode())
    here = Path(__file__).resolve().parent.parent
    for path in sorted(here.rglob("*")):
        if "__pycache__" not in path.parts and path.is_file():
            digest.update(f"\0{path.relative_to(here)}\0".encode("utf-8", "surrogateescape"))
            digest.update(path.read_bytes())
    import importlib.util

    from postil.analyzers.rules.bulk import ast_grep_binary

    for origin in [*(getattr(importlib.util.find_spec(name), "origin", None) for name in _LIBRARIES), ast_grep_binary()]:
        digest.update(f"\0{origin}\0{_stamp(origin)}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _stamp(path: str | None) -> str:
    try:
        st = os.stat(path) if path else None
    except OSError:
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}" if st else "-"


def _checker_print(checker: Checker) -> dict:
    """A config as it was loaded: everything of it that can change a finding (each rule file's
    bytes read as far as its loader reads them: past that the size stands in, as the file is refused)."""
    from postil.analyzers.rules.loader import rule_files
    from postil.analyzers.rules.rule_yaml import MAX_RULE_FILE_BYTES
    from postil.core.untrusted_toml import MAX_TOML_BYTES

    loaded = checker.loaded
    settings = loaded.settings
    rule_dirs, _ = loaded.rule_directories() if settings.rule_dirs else ([], [])
    gitleaks = loaded.locate(settings.gitleaks_rules)[0] if settings.gitleaks_rules else None
    return {
        "path": str(loaded.path), "root": str(loaded.root), "modules": str(checker.modules.root),
        "settings": settings.model_dump(),
        "rule_files": [[str(p), file_digest(p, MAX_RULE_FILE_BYTES)] for d in rule_dirs for p in (rule_files(d) if d.exists() else ())],
        "gitleaks": [str(gitleaks), file_digest(gitleaks, MAX_TOML_BYTES)] if gitleaks is not None else None,
        "errors": [str(e) for e in checker.rule_errors],
    }


def run_keys(plan: ScanPlan, options: CheckOptions, digests: list[str]) -> tuple[str, str]:
    """The digest of everything a check of ``plan``'s files rests on but what it reads beyond
    them (``digests``: see walked_digests), and its tree key: the same but for the files' contents
    (a run of the tree with some files edited has the same)."""
    numbers: dict[int, int] = {}
    checkers: list[dict] = []
    baselines: dict[tuple[int, str], list] = {}
    files = []
    for path, digest in zip(plan.walked.files, digests, strict=True):
        checker = plan.checkers[path]
        if id(checker) not in numbers:
            numbers[id(checker)] = len(checkers)
            checkers.append(_checker_print(checker))
        number = numbers[id(checker)]
        root = baseline.root_for(path, checker.loaded.root)
        if checker.baselines is not None and (number, str(root)) not in baselines:
            shared = checker.baselines(root)
            baselines[number, str(root)] = [shared.unread, sorted([fp, fields[1]] for fp, fields in shared.written.items())]
        files.append([str(path), number, plan.real_paths.get(path), str(root)])
    walked = plan.walked
    content = {
        "code": _code(), "cwd": os.getcwd(), "options": options.__dict__, "checkers": checkers,
        "baselines": sorted([number, root, held] for (number, root), held in baselines.items()),
        "files": files, "missing": [str(p) for p in walked.missing],
        "skipped": [[str(p), why] for p, why in walked.skipped], "refused": [[str(p), why] for p, why in walked.refused],
    }
    tree = _digest(content)
    return _digest([tree, digests]), tree


def _digest(content: object) -> str:
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=repr).encode("utf-8", "surrogateescape")).hexdigest()
