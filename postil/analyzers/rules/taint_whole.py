"""A taint rule's analysis of a whole module, for the files importing it or near it (taint_modules):
made once a file and rule, and never handed out before it is made.

Its set-up asks other files' analyses: which request state the files near it fill (its sources, see
taint_request_state) and what its callers pass its functions (see taint_callers); theirs ask the same,
so a question may come back to an analysis still being made (a view reads what a blueprint near it
fills, whose analysis asks what the view fills). Handed out then, the half-made analysis answered from
sources it had not found yet and kept the empty states it walked: the order a run checked its files
(a worker's share of them) decided where a flow was reported, or whether it was. So which state a file
fills is asked of its analysis without the state other files fill (no question goes round through
stored state), and an analysis asked again while it is made is answered by one made apart from the
file's own flows (nor its callers' arguments: it asks no other file's analysis), not kept. One whose
making fails (a pyo3 panic, the file's time limit) is not kept either: the failure goes to the check
that asked (see engine._guarded: the rule is said to have failed on that file), and the next ask makes it.
"""

from __future__ import annotations

from postil.analyzers.rules.taint import FileTaint
from postil.analyzers.rules.taint_facts import FileFacts
from postil.analyzers.rules.taint_spec import TaintSpec
from postil.analyzers.rules.taint_values import Summary

_MAKING: set[tuple[int, int, bool]] = set()  # (id(facts), id(spec), stored) of the analyses being made


class _FilledStateAnalysis(FileTaint):
    """A file's analysis whose sources leave out the request state other files fill: the one that
    tells which state it fills."""

    stored = False


class _Apart(_FilledStateAnalysis):
    """A file's analysis of its own flows alone, for a question asked while its analysis is made."""

    def _fed_parameters(self, scope) -> dict[int, str]:
        return {}  # (its callers' arguments: asking them may come back here)


def whole_analysis(facts: FileFacts, spec: TaintSpec, stored: bool = True) -> FileTaint:
    """The rule's analysis of every function of a parsed file (for the modules importing it, or those it
    imports), made once a file; ``stored``: with the request state files near it fill, else the analysis
    that tells which state the file fills (see the module's docstring)."""
    key = (id(spec), stored)
    making = (id(facts), *key)
    known = facts.analyses.get(key)
    if known is not None and making not in _MAKING:
        return known
    if known is None:
        analysis = facts.analyses[key] = (FileTaint if stored else _FilledStateAnalysis)(spec, facts)
        _MAKING.add(making)
    else:  # asked again while it is made
        analysis = _Apart(spec, facts)
    try:
        analysis._enter(everything=True)
        facts.search_flows()
        analysis._sanitize()
    except BaseException:  # (a pyo3 panic, the time limit: no half-made analysis is kept, the next ask makes it)
        if known is None and facts.analyses.get(key) is analysis:
            del facts.analyses[key]
        raise
    finally:
        if known is None:
            _MAKING.discard(making)
    return analysis


def function_summary(facts: FileFacts, spec: TaintSpec, name: str) -> Summary | None:
    """What the function ``name`` of a parsed file does with data for the rule ``spec``
    (None: the file defines no such function)."""
    return whole_analysis(facts, spec).summary_of(name)
