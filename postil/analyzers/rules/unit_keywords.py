"""The option-dict copy (keyword_dicts.py) of a document checked by units (incremental.py),
kept between its checks: after an edit inside one unit that holds no `**name` spread, or among
its top-level comments only, where the spreads read the same dicts as before, what the copy's
rules run by units found is what they found before, moved with their parts (they see a unit and
the module code alone; none of them matches a comment), and the copy is not checked by units
again: only the rules that look beyond a unit (or, the unit a method, at its class) run, on its
whole text.
"""

from __future__ import annotations

from dataclasses import dataclass

from postil.analyzers.findings import Finding
from postil.analyzers.rules.changed_span import changed_span
from postil.analyzers.rules.import_aliases import AliasView, covering_findings, unseen
from postil.analyzers.rules.keyword_dicts import keyword_rules_view
from postil.analyzers.rules.unit_moves import Where
from postil.analyzers.rules.unit_scope import looks_beyond_unit, may_match_comment, stays_in_member


@dataclass
class _Last:
    text: str
    parts: list  # the document's parts (incremental.Part) at that check
    uses: tuple[tuple[int, int, str], ...]  # (start, end in the text, keywords spelt out) of each spread
    findings: list[Finding]  # what the copy's rules found covering a spread (before the dedup)


class KeptKeywords:
    """What the option-dict copy of one document found at its last check."""

    def __init__(self) -> None:
        self._last: _Last | None = None

    def findings(self, run, whole, ruleset, text: str, language: str, found: list[Finding],
                 parts: list | None) -> list[Finding]:
        """keyword_dicts.keyword_findings of ``text`` (``run``: its runner by units; ``whole``: one
        on the whole text; ``parts``: the document's parts at this check, None when it was checked
        whole), kept from the last check where they cannot differ."""
        view = keyword_rules_view(ruleset, text, language)
        if view is None:
            self._last = None
            return []
        uses = tuple((start, end, view.text[v_start:v_end]) for v_start, v_end, start, end in view.edits)
        kept = self._kept(text, parts, uses, any(may_match_comment(r) for r in ruleset.for_language(language)
                                                 if r.id in view.rules))
        if kept is None:
            covering = covering_findings(run, view, text)
        else:
            moved, owner = kept
            again = frozenset(r.id for r in ruleset.for_language(language) if r.id in view.rules
                              and (looks_beyond_unit(r) or owner is not None and not stays_in_member(r)))
            covering = [f for f in moved if f.rule not in again]
            if again:
                covering += covering_findings(whole, AliasView(view.text, view.edits, again), text)
        self._last = _Last(text, parts, uses, covering) if parts is not None else None
        return unseen(covering, found)

    def _kept(self, text: str, parts: list | None, uses: tuple,
              comments_matched: bool) -> tuple[list[Finding], str | None] | None:
        """The last check's findings moved to where their parts are now, and the class the unit
        edited is a method of, if ``text`` differs from its text inside one unit holding no
        spread, or (``comments_matched``: some of the copy's rules may match a comment; not then)
        among top-level comments and the space between parts only, and the spreads spell out what
        they did; None otherwise."""
        last = self._last
        if last is None or parts is None:
            return None
        start, tail = changed_span(last.text, text)
        old_end, new_end = len(last.text) - tail, len(text) - tail
        old, new = _unit_around(last.parts, start, old_end), _unit_around(parts, start, new_end)
        if old is not None and new is not None and old.owner == new.owner:
            old_span, new_span, owner = (old.start, old.end), (new.start, new.end), new.owner
        elif not comments_matched and _among_comments(last.parts, start, old_end) \
                and _among_comments(parts, start, new_end):
            old_span, new_span, owner = (start, old_end), (start, new_end), None
        else:
            return None
        shift = len(text) - len(last.text)
        if uses != tuple((s + shift, e + shift, k) if s >= old_span[1] else (s, e, k) for s, e, k in last.uses) \
                or any(old_span[0] <= s < old_span[1] for s, _, _ in last.uses) \
                or any(new_span[0] <= s < new_span[1] for s, _, _ in uses):
            return None
        where = Where(last.parts, parts)
        moved = [where.finding(f) for f in last.findings]
        return None if any(f is None for f in moved) else (moved, owner)


def _unit_around(parts: list, start: int, end: int):
    """The unit whose text holds the offsets ``start`` to ``end`` (None: no single unit)."""
    return next((p for p in parts if p.unit and p.start <= start and end <= p.end), None)


def _among_comments(parts: list, start: int, end: int) -> bool:
    """Whether the offsets ``start`` to ``end`` touch no part but comments (an edit there
    changes no code)."""
    return all(p.comment or p.end <= start or p.start >= end for p in parts)
