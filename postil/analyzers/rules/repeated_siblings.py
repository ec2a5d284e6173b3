"""Rules that report a repeat among a literal's items (a dict key or a set element seen before), checked
by hashing each literal's items once instead of by ast-grep's walk of their siblings.

Written in ast-grep's YAML, such a rule matches an item and then walks every earlier (``follows``) or
later (``precedes``) sibling, ``stopBy: end``, for one whose metavariable equals the item's: n²/2
comparisons for a literal of n items (a generated 30,000-key dict cost ~100 s). A rule naming its
metavariable in ``metadata.repeats`` (`repeats: KEY`) keeps that YAML for ast-grep's CLI (a bulk scan
sends it as written: records of every item would hold, through `inside`, the whole literal each),
and postil searches the rule in process without its sibling walk, with the bracket that opens the item's literal bound to
$$REPEATS_PARENT; among the items of one literal with the same text in the metavariable, every item
but the first (``follows``) or the last (``precedes``) is a match. The same as the walk where an item
that equals the matched item's metavariable also matches the rest of the rule, which the rule's own
tests check both ways (``ast-grep test`` runs the YAML, ``postil rules test`` this), and where equal
nodes have equal texts (ast-grep compares a leaf's text; the rule's own `not` keeps out escape
sequences, whose neighbouring text ast-grep does not compare).
"""

from __future__ import annotations

from collections.abc import Iterable

ANCHOR = "REPEATS_PARENT"  # the metavariable bound to the opening bracket of the matched item's literal
_ANCHORED = {"inside": {"has": {"regex": r"^[\[({]$", "pattern": f"$${ANCHOR}"}}}
RELATIONS = ("follows", "precedes")

Repeats = tuple[str, str]  # (the metavariable compared, the relation: "follows" or "precedes")


def split_rule(rule: object, metadata: dict) -> tuple[dict, Repeats] | str | None:
    """(the rule searched instead of ``rule``, what its matches are joined on) for a rule whose
    ``metadata`` names ``repeats``; None for any other rule; a problem (str) when the rule is not
    an item with one top-level ``follows`` or ``precedes`` (``stopBy: end``) naming that metavariable."""
    name = metadata.get("repeats")
    if name is None:
        return None
    if not isinstance(name, str) or not name.isidentifier() or not name.isupper():
        return "`metadata.repeats` must name a metavariable (`repeats: KEY`)"
    relations = [key for key in RELATIONS if isinstance(rule, dict) and key in rule]
    if len(relations) != 1 or not isinstance(rule[relations[0]], dict) or rule[relations[0]].get("stopBy") != "end":
        return "`metadata.repeats` needs a rule with one top-level `follows` or `precedes` with `stopBy: end`"
    relation = relations[0]
    if f"${name}" not in repr(rule[relation]):
        return f"`metadata.repeats`: the rule's `{relation}` does not name ${name}"
    head = {key: value for key, value in rule.items() if key != relation}
    return {"all": [head, _ANCHORED]}, (name, relation)


def unanchored(config: dict) -> dict:
    """A repeats rule's searched config less the anchor it adds (see split_rule): what the rule
    asks of the item and around it (the anchor asks only for the item's literal, never the module)."""
    return {**config, "rule": config["rule"]["all"][0]}


def repeated(items: Iterable[tuple[object, str, int, object]], relation: str) -> list:
    """The matches among ``items`` (literal, compared text, position, match) with an item of the same
    literal and text before (``follows``) or after (``precedes``) them, in their order: one pass."""
    items = sorted(items, key=lambda item: item[2])
    ordered = items if relation == "follows" else items[::-1]
    seen, out = set(), []
    for literal, text, _, match in ordered:
        key = (literal, text)
        if key in seen:
            out.append(match)
        seen.add(key)
    return out if relation == "follows" else out[::-1]


def repeated_matches(matches: list, repeats: Repeats) -> list:
    """Of a search's matches (ast-grep nodes, or search.Bound), those that repeat (see module doc)."""
    name, relation = repeats

    def item(match) -> tuple[object, str, int, object] | None:
        anchor, compared = match.get_match(ANCHOR), match.get_match(name)
        if anchor is None or compared is None:
            return None
        return anchor.range().start.index, compared.text(), match.range().start.index, match

    return repeated([i for i in map(item, matches) if i is not None], relation)
