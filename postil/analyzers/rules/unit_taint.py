"""Which taint rules may find something in a few parts of a document checked by units
(rules/incremental.py). A rule notes where its data enters (its sources, the functions whose
parameters are sources), reports a flow at a sink (or at its source, or at a call of a helper
holding the sink) and judges the sinks it follows where data enters the file: in parts whose
own texts can hold none of its sources, it finds nothing unless data enters elsewhere and they
or their helpers may hold one of its sinks; running it there (its searches compiled, the
file's flows followed) is wasted.
"""

from __future__ import annotations

import json
import re

from postil.analyzers.rules.literal_prefilter import all_of, required_literals, requirement_literals, requirement_met
from postil.analyzers.rules.taint_aliases import with_aliases
from postil.analyzers.rules.taint_prefilter import renamings
from postil.analyzers.rules.taint_spec import Matcher, ParameterSource, TaintSpec

_METAVARIABLE = re.compile(r"\$(?:\$\$)?([A-Z_][A-Z0-9_]*)")  # (a pattern's metavariables: its node binds them)
_OWN: dict[int, tuple[object, tuple[object, tuple[str, ...]]]] = {}  # id(matcher or parameter) -> (it, see _own)


def may_find(spec: TaintSpec, own: str, reach: str, functions: str, document: str, enters: bool) -> bool:
    """Whether the taint rule ``spec`` may find something in parts whose texts are ``own``
    (joined): where its data enters in them, or where data that ``enters`` elsewhere in the
    file reaches a sink, in them or in ``reach``, the texts of the parts they depend on (their
    helpers: a flow into one is reported at its call). ``functions``: ``own`` with the heads
    of the classes they are methods of (what a parameter source asks of a function's
    decorators and class); ``document``: whose imports may rename what matchers name."""
    aliases = renamings(document, spec.sources) | renamings(document, spec.sinks)
    if _holds(own, with_aliases(spec.sources, aliases)) \
            or any(requirement_met(*_met(_own(p), functions)) for p in spec.parameters):
        return True
    return enters and _holds(reach, with_aliases(spec.sinks, aliases))


def _holds(text: str, matchers: list[Matcher]) -> bool:
    """Whether ``text`` holds what the node one of ``matchers`` matches must hold itself."""
    return any(requirement_met(*_met(_own(m), text)) for m in matchers)


def _met(side: tuple[object, tuple[str, ...]], text: str) -> tuple[object, set[str]]:
    requirement, literals = side
    return requirement, {literal for literal in literals if literal in text}


def _own(item: Matcher | ParameterSource) -> tuple[object, tuple[str, ...]]:
    """(requirement, its literals) of the text of the node a matcher matches (not what it asks
    of other nodes; its constraints on the metavariables of its pattern), or of a function a
    parameter source names, with the decorated definition or class around it (nothing, when it
    asks about the module)."""
    cached = _OWN.get(id(item))
    if cached is None or cached[0] is not item:
        if len(_OWN) >= 8192:
            _OWN.clear()
        if isinstance(item, ParameterSource):
            asked = [t for t in (item.function, {"has": item.rule} if item.rule else None) if t]
            requirement = None if '"module"' in json.dumps(asked, default=repr) \
                else all_of([required_literals(t, {}) for t in asked])
        else:
            rule, utils = item.config.get("rule"), item.config.get("utils") or {}
            pattern = rule.get("pattern") if isinstance(rule, dict) else None
            named = set(_METAVARIABLE.findall(pattern)) if isinstance(pattern, str) else set()
            requirement = all_of([required_literals(rule, utils, around=False)]
                                 + [required_literals(c, utils, around=False)
                                    for name, c in (item.config.get("constraints") or {}).items() if name in named])
        cached = _OWN[id(item)] = (item, (requirement, tuple(sorted(requirement_literals(requirement)))))
    return cached[1]
