"""Return sinks, for the JavaScript/TypeScript taint rules that set `returns: true`: a helper that builds a page, a
query, a shell line or a path from its parameters and returns it, which a file importing it hands to a sink (webssh2's
`res.send(renderClientPage(config, ssh))` of `return `<html>...${ssh.header.name}...``, Redis Commander's
`res.download(exporter.exportPath(req.params.file))` of `return path.join(EXPORT_DIR, file)`). The text is made unsafe
where the helper builds it: the helper's module reports its return, with the data its callers pass (see
taint_callers). The caller's sink stays reported too: the readable corpora's labels put such a flow at the helper
(webssh2, Redis Commander) as often as at the caller's sink (CryptPad's `res.end(Decrees.renderBroadcast(msg))`,
Parse Dashboard's `res.send(loginPage(...))`), and a check of the caller alone sees only its sink."""

from __future__ import annotations

from postil.analyzers.rules.taint_callers import fed_parameters
from postil.analyzers.rules.taint_imports import FAMILY

_BUILT_CALLS = frozenset({"path.join", "path.resolve", "join", "resolve"})  # a path made from its parts
# what a module's text holds where one of its functions may return built text (asked before anything is parsed)
_RETURN_TEXTS = ("return `", "return path.", "return join(", "return resolve(", "return '", 'return "')


def may_return_built(text: str) -> bool:
    """Whether a JavaScript text may return text it builds (see _RETURN_TEXTS): the cheap question."""
    return any(piece in text for piece in _RETURN_TEXTS)


def may_return(spec, facts) -> bool:
    """Whether a parsed JavaScript file may hold a return sink of the rule ``spec`` (the text asked, see may_return_built)."""
    return spec.returns and facts.g.requires and may_return_built(facts.root.text())


def built(value) -> bool:
    """Whether a returned expression is text built from parts: a template with substitutions, a `+`
    concatenation, a path joined (a bare name or member passes a value on: its caller's sink is the flaw)."""
    kind = value.kind()
    if kind == "template_string":
        return any(child.kind() == "template_substitution" for child in value.children())
    if kind == "binary_expression":
        operator = value.field("operator")
        return operator is not None and operator.text() == "+"
    if kind == "call_expression":
        function = value.field("function")
        return function is not None and function.text() in _BUILT_CALLS
    return False


def _unwrapped(node):
    """``node`` without the `await` and parentheses around it."""
    while node is not None and node.kind() in ("await_expression", "parenthesized_expression"):
        node = node.named_children()[0] if node.named_children() else None
    return node


def _returned_values(facts, scope) -> list:
    """The return statements directly in ``scope`` (not in a function inside it) whose value is built."""
    found = []
    for statement in scope.find_all(kind="return_statement"):
        values = [c for c in statement.named_children() if c.kind() != "comment"]
        if values and facts.in_scope(statement, scope) and built(_unwrapped(values[0]) or values[0]):
            found.append(statement)
    return found


def _helper_call(facts, node):
    """(module, function) of the imported function whose call ``node`` is (awaited or not), or None."""
    call = _unwrapped(node)
    if call is None or call.kind() != "call_expression" or facts.link is None:
        return None
    function = call.field("function")
    return facts.link.resolve(function.text()) if function is not None else None


def return_sinks(analysis) -> list[tuple[object, tuple[str, ...]]]:
    """(return statement, no focus) of each of a module's functions whose built return a file importing it hands to a
    sink of the rule (see the module's docstring), where its callers pass it request data."""
    facts, spec = analysis.facts, analysis.spec
    link = facts.link
    if not spec.returns or link is None or link.path is None or FAMILY.get(link.language) != "js" \
            or not may_return_built(facts.root.text()):
        return []
    fed = fed_parameters(facts, spec)
    functions = {function for function, _ in fed}
    sunk: set[str] = set()
    for caller in sorted(set(fed.values()), key=str):
        module = link.workspace._analysis(caller, link.workspace.depth + 1)
        if module is None:
            continue
        other = type(analysis)(spec, module.facts(spec, facts.specs))
        for match, names in other._sink_matches():
            for node in other._focus(match, names):
                target = _helper_call(other.facts, node)
                if target is not None and target[0] == link.path and target[1] in functions:
                    sunk.add(target[1])
    found = []
    for function in sorted(sunk):
        scope = facts.helpers().get(function)
        found += [(statement, ()) for statement in _returned_values(facts, scope)] if scope is not None else []
    return found
