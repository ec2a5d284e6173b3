"""The calls of a file's own helper whose sink a taint rule follows data to, each with its verdict.

`def run_query(sql): con.execute(sql)` called as `run_query("SELECT ... " + term)`: the flow is reported
once, at the helper's sink (taint.FileTaint.hits, as Semgrep and CodeQL report it), and that report
carries each call handing the sink its data (TaintHit.calls: a related place the editor shows, a line
the scorer counts; corpora label either end). A call handing the helper clean data (a constant, a field
cast to int where it was stored) is clean as a sink is: where the caller's data is its own and every
path to the call was followed. Both are judged at the call (``FileTaint.calls``), so a pattern rule the
taint rule supersedes that reports text where it is built (python/security/sql-injection's text built
for any call, js/security/sql-injection-string-building) keeps quiet there. Python and JavaScript alike."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from postil.analyzers.rules.taint_grammar import PYTHON
from postil.analyzers.rules.taint_paths import span
from postil.analyzers.rules.taint_values import Origin, is_parameter, node_key

if TYPE_CHECKING:
    from postil.analyzers.rules.taint_facts import FileFacts
    from postil.analyzers.rules.taint_grammar import Grammar


class HelperFlow(Protocol):
    """What this module asks of a rule's flow in one file (taint.FileTaint answers)."""

    facts: FileFacts
    g: Grammar

    def helper_calls(self, name: str, scope=None) -> list:
        """The calls in the file of its helper ``name`` (``scope``: its node)."""

    def helper_reads(self, scope, offset: int, focus: list) -> dict[int, str]:
        """Position -> name of the parameters of the helper ``scope`` whose values ``focus`` reads at ``offset``."""

    def handed(self, call, index: int, parameter: str, helper) -> tuple[object | None, Origin | None]:
        """The argument ``call`` passes the helper ``helper`` for ``parameter`` (``index``: its position among
        the arguments) and that argument's taint at the call."""

    def proven_clean(self, caller, offset: int, focus: list) -> bool:
        """Whether the data ``focus`` the function ``caller`` hands on at ``offset`` is proven clean."""


def helper_arguments(flow: HelperFlow, scope, offset: int, focus: list) -> list[tuple[object, str, Origin | None, list]]:
    """(call, helper name, origin, arguments) of each call in the file of the helper ``scope`` (a named
    function) whose sink at ``offset`` reads ``focus``: the arguments it passes for the parameters the
    sink reads, and the origin of the request data in the first that carries some (else of a caller's
    parameter that one carries, else None). One level, as for return values."""
    name = flow.facts.helper_names().get(node_key(scope)) if scope is not None else None
    calls = flow.helper_calls(name, scope) if name is not None else []
    parameters = flow.facts.parameters(scope) if calls else []
    wanted = flow.helper_reads(scope, offset, focus) if parameters else {}
    if not wanted:
        return []
    first = parameters[0][1]
    method = int(bool(first) and first[0].text() in flow.g.receivers)  # `self` is not passed
    found = []
    for call in calls:
        arguments, taint = [], None
        for index, parameter in wanted.items():
            argument, origin = flow.handed(call, index - method, parameter, scope)
            arguments.append(argument)
            if origin is not None and not is_parameter(origin):
                taint = origin
                break
            taint = taint or origin
        found.append((call, name, taint, arguments))
    return found


def followed_calls(flow: HelperFlow, passed: list[tuple[object, str, Origin | None, list]]) -> list[tuple[int, int]]:
    """Spans of the calls in ``passed`` (see helper_arguments) that the rule's ``flow`` judged: those whose
    request data it reports at the helper's sink, and those handing the helper data proven clean."""
    judged = []
    for call, _, origin, arguments in passed:
        if origin is not None:
            if not is_parameter(origin):
                judged.append(span(call))  # (the text it built stays: corpora label where SQL is built)
            continue
        focus = [a for a in arguments if a is not None]
        if focus and flow.proven_clean(flow.facts.scope_of(call), span(call)[0], focus):
            judged += [span(call), *_built(flow, call, arguments)]
    return judged


def _built(flow: HelperFlow, call, arguments: list) -> list[tuple[int, int]]:
    """Spans of the values the caller of ``call`` bound the names it hands over as ``arguments`` to before the
    call (`sql = f"SELECT ... {table}"`, then `self.execute(sql, values)`): where the call hands data proven
    clean, the text built there is judged with it."""
    names = {a.text() for a in arguments if a is not None and a.kind() in flow.g.names}
    start = span(call)[0]
    return [span(e.value) for e in flow.facts.events(flow.facts.scope_of(call)) if names and e.value is not None
            and e.target.text() in names and span(e.value)[1] <= start] if names else []


def named_helper(facts: FileFacts, scope, focus: list):
    """The named function whose calls hand the sink in ``scope`` reading ``focus`` its data: ``scope`` itself, or
    for a sink in a closure, unnamed (`return new Promise((ok) => exec(line, ...))`) or an object's method reading
    none of its own names (`return { func: async (p) => new Function(content) }` in `ScriptOperator(content)`),
    the named function around it."""
    names, nested = facts.helper_names(), facts.g is not PYTHON  # (Python's nested defs: not measured)
    while scope is not None and (names.get(node_key(scope)) is None
                                 or nested and facts.scope_of(scope) is not None and not _reads_own(facts, scope, focus)):
        scope = facts.scope_of(scope)
    return scope


def _reads_own(facts: FileFacts, scope, focus: list) -> bool:
    """Whether ``focus`` reads a name the function ``scope`` binds (a parameter, a local)."""
    own = {e.target.text() for e in facts.events(scope)} | {n.text() for _, names in facts.parameters(scope) for n in names}
    return any(text in own for node in focus for text, _, _ in facts.reads(node)[0])


def unproven_calls(passed: list[tuple[object, str, Origin | None, list]], followed: list[tuple[int, int]]) -> bool:
    """Whether a call in ``passed`` (see helper_arguments) hands the helper data neither followed to the sink nor
    proven clean (``followed``: see followed_calls): a parameter of a function the file calls through a table
    (`PROCESSORS[item.type](item.args)`): the sink is not judged clean (JavaScript's; Python's callers are
    followed one level further, see taint_arguments)."""
    return any(span(call) not in followed for call, *_ in passed)
