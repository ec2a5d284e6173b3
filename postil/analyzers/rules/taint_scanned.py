"""What a bulk scan's taint source probes found (see bulk._probes), for the workspace's
modules: a module ast-grep's CLI probed where a probe found nothing holds none of its rules'
sources, and is not parsed to ask again (on a library's tree, parsing and probing each
imported module for the import gate cost more than the whole check did before it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from postil.analyzers.rules.literal_prefilter import any_of, requirement_literals
from postil.analyzers.rules.taint_prefilter import text_meets


def probe_content(language: str, probe: dict) -> str:
    """A source probe's identity: its language and rule (as Rule.taint_probe digests them)."""
    return json.dumps([language, probe], sort_keys=True)


@dataclass
class ScannedProbes:
    """Per file a bulk scan read: the digest of its text then, and the ids of the probes that
    matched there; per probe (by its content): its id, and the requirement (with its literals)
    a file had to meet, besides the probe's own literals, to be probed at all."""

    files: dict[Path, tuple[str, frozenset[str]]] = field(default_factory=dict)
    probes: dict[str, tuple[str, tuple[object, tuple[str, ...]]]] = field(default_factory=dict)

    @classmethod
    def of(cls, rules, found: dict[Path, tuple[str, set[str]]]) -> ScannedProbes:
        """From the rules the scan ran (as bulk._probes groups them: one probe for the rules
        with the same sources, sent where one of their requirements is met) and, per file,
        (digest, ids of the probes found)."""
        members: dict[str, tuple[str, list]] = {}
        for rule in rules:
            if rule.taint is not None and rule.taint_probe is not None:
                probe_id, probe = rule.taint_probe
                members.setdefault(probe_id, (probe_content(rule.language, {"rule": probe}), []))[1].append(rule)
        probes = {}
        for probe_id, (content, group) in members.items():
            requirement = any_of([r.requirement for r in group])
            probes[content] = (probe_id, (requirement, tuple(sorted(requirement_literals(requirement)))))
        return cls({path: (digest, frozenset(ids)) for path, (digest, ids) in found.items()}, probes)

    def holds_none(self, path: Path, digest: str, text: str, content: str, present: dict) -> bool:
        """Whether the scan probed the module ``path`` (as it is now: ``digest``) with the
        probe of ``content`` (see probe_content) and found nothing: it holds no source of the
        probe's rules. ``present``: see text_meets."""
        scanned, probe = self.files.get(path), self.probes.get(content)
        if scanned is None or probe is None or scanned[0] != digest or "\ufffd" in text:
            return False  # not read by the scan, changed since, or not the bytes it read
        probe_id, side = probe
        return probe_id not in scanned[1] and text_meets(text, side, present)
