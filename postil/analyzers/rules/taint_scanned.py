"""What a bulk scan's taint source probes found (see bulk_documents.probes), for the workspace's
modules: the probes run with their sources' constraints, so a module ast-grep's CLI probed
holds a source of the probe's rules where it found one and none where it found nothing, and
is not parsed to ask again (on a library's tree, parsing and probing each imported module
for the import gate cost more than the whole check did before it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from postil.analyzers.rules.taint_spec import probe_content

_SUPPRESSION = "ast-grep-ignore"


@dataclass
class ScannedProbes:
    """Per file a bulk scan read: the digest of its text then, and the ids of the probes that
    matched there; per probe (by its content, see probe_content): its id. Each of a probe's
    sources goes to every file holding its literals (see bulk_documents.probes)."""

    files: dict[Path, tuple[str, frozenset[str]]] = field(default_factory=dict)
    probes: dict[str, str] = field(default_factory=dict)
    every_rule: bool = False  # whether every taint rule had a probe (see Rule.taint_probe)
    # the ids of the probes of rules whose data an importer takes from the modules it imports
    # (taint.imports; not the MD5 password rule's, whose digests are made in the file itself:
    # SQLAlchemy's util/compat.py wraps hashlib.md5, and nearly every module imports it)
    imported: frozenset[str] = frozenset()
    _reached: dict[tuple[Path, str, int], tuple] = field(default_factory=dict, repr=False, compare=False)  # see reached
    requests: frozenset[str] = frozenset()  # the ids of the Python probes of request data (see reads_request)
    any_request: bool = True  # whether one of the files holds request data, or may (see of)
    _unread: dict[tuple[Path, str], bool] = field(default_factory=dict, repr=False, compare=False)  # (file, digest) -> see found

    @classmethod
    def of(cls, rules, found: dict[Path, tuple[str, set[str]]]) -> ScannedProbes:
        """From the rules the scan ran (their probes, see Rule.taint_probe) and, per file,
        (digest, ids of the probes found)."""
        probes = {probe_content(rule.taint, rule.language, rule.taint_probe[1]): rule.taint_probe[0]
                  for rule in rules if rule.taint is not None and rule.taint_probe is not None}
        every_rule = all(rule.taint_probe is not None for rule in rules if rule.taint is not None)
        requests = frozenset(rule.taint_probe[0] for rule in rules if rule.taint is not None and rule.taint_probe is not None
                             and rule.language == "python" and rule.taint.label == "request data")
        imported = frozenset(rule.taint_probe[0] for rule in rules
                             if rule.taint is not None and rule.taint_probe is not None and rule.taint.imports)
        return cls({path: (digest, frozenset(ids)) for path, (digest, ids) in found.items()}, probes, every_rule, imported,
                   requests=requests, any_request=any(not requests.isdisjoint(ids) for _, ids in found.values()))

    def unsure(self) -> ScannedProbes:
        """These findings, where the scan may have missed request data (a file it read is
        one whose probes are not to be believed: see unread)."""
        return replace(self, any_request=True)

    def reads_request(self, path: Path, digest: str, text: str) -> bool | None:
        """Whether the Python module ``path`` holds a source of request data, as the scan found
        (None: see holds): a file that holds none calls no helper with it (see taint_callers)."""
        found = self.found(path, digest, text) if self.requests else None
        return None if found is None else not self.requests.isdisjoint(found)

    def holds(self, path: Path, digest: str, text: str, content: str) -> bool | None:
        """Whether the module ``path`` (as it is now: ``digest``) holds a source of the rules of
        the probe of ``content`` (see probe_content), as the scan found; None where the scan did
        not probe it so: not read, changed since, not the bytes it read, or with
        `ast-grep-ignore` comments (under which ast-grep reports nothing)."""
        found, probe_id = self.found(path, digest, text), self.probes.get(content)
        return None if found is None or probe_id is None else probe_id in found

    def found(self, path: Path, digest: str, text: str) -> frozenset[str] | None:
        """The ids of the probes the scan found in the module ``path`` as it is now (None: see holds)."""
        scanned = self.files.get(path)
        if scanned is None or scanned[0] != digest:
            return None
        known = self._unread.get((path, digest))
        if known is None:  # (each text searched once)
            known = self._unread[(path, digest)] = unread(text)
        return None if known else scanned[1]

    def reached(self, path: Path, depth: int, module: Callable[[Path], tuple[str | None, str]],
                imports: Callable[[Path, str], Iterable[Path]], kept: Callable[[dict, tuple, Callable], object]
                ) -> frozenset[str] | None:
        """The ids of the probes the scan found in the module ``path`` or in one it imports within
        ``depth`` (``module``: a module's text, None where it gives nothing, and digest; ``imports``:
        the modules a text imports), None where one of them it did not probe (see holds); kept by
        content (``kept``: ModuleTexts.kept, so that an answer from the cache notes the modules the
        walk read as the asking check's uses): one walk of the imports for all probes (a walk a
        probe: ~25,000 calls on SQLAlchemy's lib/)."""
        text, digest = module(path)
        if text is None:
            return frozenset()

        def walked() -> frozenset[str] | None:
            found = self.found(path, digest, text)
            for target in imports(path, text) if depth > 1 else ():
                further = self.reached(target, depth - 1, module, imports, kept) if found is not None else None
                found = None if further is None else found | further
            return found
        return kept(self._reached, (path, digest, depth), walked)


def unread(text: str) -> bool:
    """Whether a text is one whose probes are not to be believed: not the bytes the scan read
    (decoded with replacements), or with `ast-grep-ignore` comments (under which ast-grep
    reports nothing)."""
    return "\ufffd" in text or _SUPPRESSION in text
