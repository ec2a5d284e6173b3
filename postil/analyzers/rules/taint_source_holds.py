"""Whether a module's text holds one of a taint rule's sources, for the taint engine's gate on
what a file imports (see taint_modules.Workspace.gives): its literals, then the sources (and the
parameter sources of its probe) that its text may hold, searched in one traversal."""

from __future__ import annotations

from postil.analyzers.rules.search import SharedSearch
from postil.analyzers.rules.taint_prefilter import config_may_match, source_side, text_meets
from postil.analyzers.rules.taint_spec import TaintSpec

_PARAMETERS: dict[int, tuple[dict, list[dict]]] = {}  # id(probe) -> (probe, a config for each parameter source)


def holds_source(text: str, language: str, probes: dict[str, tuple[dict, TaintSpec]]) -> dict[str, bool]:
    """For each (source probe config, rule) of ``probes`` (by its content): whether a module's
    text holds one of the rule's sources, with their constraints, or a parameter the probe's
    other alternatives (after the sources') find. Only those whose literals and regexes the text
    holds are searched (see config_may_match: a library's module may spell `req` and `getattr`,
    and all of a request rule's ~40 sources and parameter sources were tried at each of its
    nodes), together, in one traversal."""
    held = {key: False for key in probes}
    present: dict = {}
    wanted: dict[str, list[dict]] = {}
    for key, (probe, spec) in probes.items():
        if text_meets(text, source_side(spec), present):
            configs = [m.config for m in spec.sources] + _parameters(probe, spec)
            wanted[key] = [config for config in configs if config_may_match(text, config, present)]
    if not any(wanted.values()):
        return held
    from ast_grep_py import SgRoot

    try:
        root = SgRoot(text, language).root()
        search = SharedSearch(root, language, text.isascii(), [config for configs in wanted.values() for config in configs])
        for key, configs in wanted.items():
            held[key] = any(search.find(config) for config in configs)
    except BaseException as exc:  # pyo3 panics are BaseException subclasses: the rules run, as unknown
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return {key: True for key in probes}
    return held


def _parameters(probe: dict, spec: TaintSpec) -> list[dict]:
    """A config for each of the probe's parameter sources (its alternatives after the sources')."""
    known = _PARAMETERS.get(id(probe))
    if known is None or known[0] is not probe:
        if len(_PARAMETERS) > 4096:
            _PARAMETERS.clear()
        known = _PARAMETERS[id(probe)] = (probe, [{"rule": alternative} for alternative in probe["rule"]["any"][len(spec.sources):]])
    return known[1]
