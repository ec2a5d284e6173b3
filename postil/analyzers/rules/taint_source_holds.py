"""Whether a module's text holds one of a taint rule's sources, for the taint engine's gate on
what a file imports (see taint_modules.Workspace.gives): its literals, then its source probe,
then the sources themselves, the probes of several rules sharing one traversal."""

from __future__ import annotations

from postil.analyzers.rules.search import SharedSearch
from postil.analyzers.rules.taint_prefilter import source_side, text_meets
from postil.analyzers.rules.taint_spec import TaintSpec


def holds_source(text: str, language: str, probes: dict[str, tuple[dict, TaintSpec]]) -> dict[str, bool]:
    """For each (source probe config, rule) of ``probes`` (by its content): whether a module's
    text holds one of the rule's sources: its literals, then its source probe (cheap, but
    constraints dropped: pytest's `request.param` matches `request.$A`), then the sources the
    probe may have matched, with their constraints (the probe's other alternatives, after the
    sources', are parameter sources: kept as they are). The probes share one traversal."""
    held = {key: False for key, (_, spec) in probes.items()}
    probed = {key: entry for key, entry in probes.items() if text_meets(text, source_side(entry[1]))}
    if not probed:
        return held
    from ast_grep_py import SgRoot

    try:
        root = SgRoot(text, language).root()
        search = SharedSearch(root, language, text.isascii(), [probe for probe, _ in probed.values()])
        for key, (probe, spec) in probed.items():
            if search.find(probe):
                parameters = probe["rule"]["any"][len(spec.sources):]
                held[key] = any(root.find(m.config) is not None for m in spec.sources) or \
                    bool(parameters) and root.find({"rule": {"any": parameters}}) is not None
    except BaseException as exc:  # pyo3 panics are BaseException subclasses: the rules run, as unknown
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return {key: True for key in probes}
    return held
