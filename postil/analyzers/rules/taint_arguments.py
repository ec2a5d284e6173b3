"""What a file's calls pass to the functions of another module, for the taint engine (see
taint_callers): the (function, parameter) pairs a caller hands request data to."""

from __future__ import annotations

from postil.analyzers.rules.built_text import python_text_built
from postil.analyzers.rules.taint_callers import argument_key
from postil.analyzers.rules.taint_dispatch import dispatches
from postil.analyzers.rules.taint_facts import FileFacts
from postil.analyzers.rules.taint_grammar import PYTHON
from postil.analyzers.rules.taint_instances import held_method, typed_callee
from postil.analyzers.rules.taint_method_names import by_method_name
from postil.analyzers.rules.taint_paths import span as _span
from postil.analyzers.rules.taint_spec import TaintSpec
from postil.analyzers.rules.taint_splats import spread
from postil.analyzers.rules.taint_task_names import Task, named_dispatches
from postil.analyzers.rules.taint_values import is_parameter, node_key
from postil.analyzers.rules.taint_whole import whole_analysis


_TRUTHS = frozenset({"comparison_operator", "not_operator"})  # (Python's; JavaScript's are binary expressions)


def tainted_arguments(facts: FileFacts, spec: TaintSpec, module, functions: frozenset[str],
                      built_text: bool = True, tasks: dict[str, Task] | None = None) -> set[tuple[str, int]]:
    """(function or "Class.method", position) of the calls in a parsed file that pass request data of the rule
    ``spec`` to one of the ``functions`` of another ``module``: an imported function (`reports.byQuarter(q)`,
    `byQuarter(q)`), a method through an instance of its class (`this.orders.search(q)` with `private orders:
    OrdersService`, `reports.read(name)` with `reports = new ReportService()`, an instance the module holds), a
    Python task or job handed to a queue (see taint_dispatch), or named to one by a string of ``tasks`` (spelled
    name -> the module's task, see taint_task_names): see taint_callers. Not ``built_text``: text the
    file builds (`select(f"... {column}")`) feeds nothing, its call is reported (a service's, that a handler
    feeds: see ModuleLink.fed_there); a call found only by its method's name (see taint_method_names), whose
    built text nobody reports at the call, feeds nothing then: the method's callers stay unknown."""
    calls = []  # (typed function, the call, its arguments, the parameters before them the worker passes)
    names = {function.rpartition(".")[2] for function in functions}
    # (Python's constructor runs for a call of the class itself: `CurrencyConverter(url)`, whose
    # `__init__` keeps the URL for a method of another module's class that fetches it)
    built = {function.rpartition(".")[0] for function in functions if facts.g.constructor
             and function.endswith(f".{facts.g.constructor}")} if facts.g is PYTHON else set()
    names |= built
    if "default" in functions and facts.link is not None:  # (the module's default export, by the name an import gives it)
        names |= {local for local, path in facts.link.modules.items() if path == module}
    for name in sorted(names):
        for call in facts.calls_of(name):
            callee = call.field("function").text()
            typed = known = typed_callee(callee, facts.instances())
            if typed not in functions:
                imported = facts.link.resolve(callee) if facts.link is not None else None
                typed = imported[1] if imported is not None and imported[0] == module and imported[1] in functions \
                    else held_method(facts.link, imported, module)
            if typed not in functions and imported is not None and imported[0] == module and imported[1] in built:
                typed = f"{imported[1]}.{facts.g.constructor}"
            named = typed not in functions and known is None and imported is None and facts.g is PYTHON  # (a receiver of no known class)
            if named:
                typed = by_method_name(callee, functions)
            if typed in functions:
                arguments = spread([a for a in call.field("arguments").named_children() if a.kind() != "comment"])
                if not (named and not built_text and any(map(_built, arguments))):
                    calls.append((typed, call, arguments, 0))
    # a task or job the call hands to a queue (`tasks.archive.delay(name)`, `queue.enqueue(export_jobs.run, q)`)
    for task, arguments in dispatches(facts) if facts.link is not None and facts.g is PYTHON else ():
        name = facts.link.resolve(task.text())
        if name is not None and name[0] == module and name[1] in functions:
            calls.append((name[1], task, arguments, 0))
    # a task named to a queue by a string (`queue.enqueue("fetch_team_avatar", avatar_url=url)`: see taint_task_names)
    calls += [call for call in named_dispatches(facts, tasks) if call[0] in functions] if tasks else []
    analysis = whole_analysis(facts, spec) if calls else None
    found = set()
    for typed, call, arguments, before in calls:
        scope = facts.scope_of(call)
        state = analysis._state_at(scope, _span(call)[0])
        for position, argument in enumerate(arguments):
            value = _value(argument)
            if value is None or value.kind() in _TRUTHS or not built_text and python_text_built(value):
                continue  # (a truth value hands over no text: Wooey's `submit_script.delay(pk, shell_mode=flag == "1")`)
            origin = analysis.argument_taint(argument, state, call)
            if origin is None:  # state another function of the file fills (`g.lang` set in a `before_request`)
                origin = analysis._shared_origin(scope, [argument])
            if origin is None or is_parameter(origin):  # (a parameter of the file's own helper: what its calls hand it)
                origin = _helper_fed(analysis, scope, _span(call)[0], argument) or origin
            if origin is not None and not is_parameter(origin):  # (a keyword argument by its name: see argument_key)
                found.add((typed, argument_key(argument, position + before)))
    return found


def _helper_fed(analysis, scope, offset: int, argument):
    """The request data the file's own calls of its helper ``scope`` hand it for the parameters ``argument`` reads
    at ``offset`` (one level, as for return values): Chia's daemon reads a websocket message in
    `incoming_connection`, hands it to its own `self.handle_message(message)`, which passes `message.get("data")`
    to `start_plotting` of another module; None where no call of it hands request data there."""
    facts = analysis.facts
    name = facts.helper_names().get(node_key(scope)) if scope is not None else None
    read = analysis.helper_reads(scope, offset, [argument]) if name is not None else {}
    if not read:
        return None
    first = facts.parameters(scope)[0][1]
    method = int(bool(first) and first[0].text() in facts.g.receivers)  # (`self` is not passed)
    for call in analysis.helper_calls(name, scope):
        caller = facts.scope_of(call)
        if caller is not None and node_key(caller) == node_key(scope):
            continue  # (its own recursive call hands on what it was given)
        for index, parameter in read.items():
            _, origin = analysis.handed(call, index - method, parameter, scope)
            if origin is not None and not is_parameter(origin):
                return origin
    return None


def _value(argument):
    """The value an argument node passes (a keyword argument's, or itself)."""
    return argument.field("value") if argument.kind() == "keyword_argument" else argument


def _built(argument) -> bool:
    """Whether ``argument`` passes text its file builds (see python_text_built)."""
    value = _value(argument)
    return value is not None and python_text_built(value)
