"""The config's rule selectors (``select``, ``ignore``, ``severity``, ``per-file-ignores``,
and the command line's or editor's) that match no rule, said as a config problem: the first
:data:`NAMED` each with its file and key (and a close rule id), then how many more under
which keys — a repository's config of thousands said every one on one line (~200 KB)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from postil.analyzers.rules.suppressions import ALL_RULES, did_you_mean, selectors_of
from postil.config.model import PostilConfig

NAMED = 20  # selectors named one by one (each a fuzzy match against every rule id)


def unknown_selectors(settings: PostilConfig, known_ids: frozenset[str]) -> list[tuple[str, str]]:
    """(key, selector) for every rule id or prefix in ``select``, ``ignore``, ``severity``
    and ``per-file-ignores`` that matches no known rule."""
    keyed = [("select", s) for s in settings.select] + [("ignore", s) for s in settings.ignore]
    keyed += [("severity", s) for s in settings.severity]
    keyed += [(f'per-file-ignores."{glob}"', s) for glob, ids in settings.per_file_ignores.items() for s in ids]
    valid = selectors_of(known_ids)
    return [(key, selector) for key, selector in keyed if selector != ALL_RULES and selector not in valid]


def selector_problems(unknown: Iterable[tuple[str, str, str]], known_ids: frozenset[str]) -> list[str]:
    """What the user is told of ``unknown`` (place: file and key; the key's kind, the same for
    every glob of ``per-file-ignores``; selector): one message a selector, then one for the rest."""
    named: list[str] = []
    more: Counter[str] = Counter()
    for place, kind, selector in unknown:
        if len(named) < NAMED:
            named.append(f"{place}: {selector!r} matches no rule{did_you_mean(selector, known_ids)}")
        else:
            more[kind] += 1
    if more:
        named.append(f"and {more.total():,} more that match no rule: "
                     + ", ".join(f"{kind} ({count:,})" for kind, count in more.items()))
    return named
