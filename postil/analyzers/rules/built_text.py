"""Where an injection finding begins: the statement that builds the text a sink runs.

``q = "SELECT ... '%s'" % uid`` then ``cur.execute(q)``: bandit, ruff and a registry's
string-building rules point at the first line, its multi-statement rules run from the statement
that reads the request (``name = request.args["n"]``) to the call, the call-anchored ones at the
call. A finding of a rule that opts in (``metadata.placement: built-text``) runs from the earliest
of those statements to the sink when they are in the sink's function and at most
:data:`NEAR_LINES` lines above it; a building statement farther up is named as related
information instead. The sink itself stays the finding's ``sink`` (suppressions, duplicates and
fingerprints go by it).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

PLACEMENT = "built-text"  # the metadata value a rule opts in with
# the same range for a call that sends a value built ahead (`body = json.dumps(data)` then
# `HttpResponse(body, ...)`), without the message naming a text that runs
VALUE_PLACEMENT = "built-value"
# and for a call on an object made ahead (`writer = csv.writer(buf)` then `writer.writerow(row)`),
# or of a function looked up ahead (`run = getattr(os, "system")` then `run(cmd)`): from the
# statement that made the object or kept the function
RECEIVER_PLACEMENT = "built-receiver"
# and for a call given an object made ahead among its arguments (`parser = etree.XMLParser(...)`
# then `etree.fromstring(body, parser)`): from the statement that made it
ARGUMENT_PLACEMENT = "built-argument"
NEAR_LINES = 10  # the most lines a finding's range may start above its sink
_SEARCH_LINES = 60  # how far up a building statement is looked for at all
_MOST_PLACED = 500  # findings placed in one document (the others stay on their sinks)
_LISTED_FROM = 16  # children a node has for them to be listed once per document
_MOST_NAMES = 4  # names of a concatenation whose building statements are looked for
_MARKUP = r"^`\s*<[A-Za-z]"  # a template string that writes an element

_SCOPES = {
    "python": {"function_definition", "lambda", "module"},
    "javascript": {"function_declaration", "function_expression", "arrow_function", "method_definition",
                   "generator_function_declaration", "program"},
}
_BLOCKS = {
    "python": {"block", "module"},
    "javascript": {"statement_block", "program", "switch_case", "switch_default"},
}
# (node kind, the field naming what it assigns, whether it adds to the text already there)
_ASSIGNMENTS = {
    "python": (("assignment", "left", False), ("augmented_assignment", "left", True)),
    "javascript": (("variable_declarator", "name", False), ("assignment_expression", "left", False),
                   ("augmented_assignment_expression", "left", True)),
}
_CALLS = {"python": "call", "javascript": "call_expression"}
_NOUNS = {"CWE-22": "path", "CWE-89": "SQL", "CWE-78": "command", "CWE-77": "command", "CWE-94": "code", "CWE-95": "code",
          "CWE-319": "URL", "CWE-918": "URL", "CWE-79": "HTML"}


@dataclass(frozen=True)
class Placement:
    """A sink's finding placed: its range's start, and the statement that built its text (string
    offsets; ``near``: whether the range reaches it)."""

    start: int
    built: tuple[int, int] | None
    near: bool


def grammar(language: str) -> str | None:
    """The grammar family whose node kinds this module knows (TypeScript's are JavaScript's;
    None: another language, whose findings stay on their sinks)."""
    return "python" if language == "python" else "javascript" if language in ("javascript", "typescript", "tsx") \
        else None


def noun(metadata: dict) -> str:
    """What the sink runs or opens, for messages: SQL, command, code, URL, HTML or path (else query) text."""
    return _NOUNS.get(str(metadata.get("cwe", "")).split(":")[0], "query")


class Placer:
    """Places the findings of one parsed document (its top-level statements looked up once)."""

    def __init__(self, root, language: str) -> None:
        self.root = root
        self.family = grammar(language)
        self.left = _MOST_PLACED if self.family in _SCOPES else 0
        self._children: dict[tuple[int, int, str], tuple[list, list[int]]] = {}  # long blocks' children

    def placed(self, start: int, end: int, source: tuple[int, int] | None = None,
               made: str = "") -> Placement | None:
        """Where a finding on the sink at ``start:end`` (a call, or the argument a taint rule
        followed) begins: at the statement building the text it runs (``made``: RECEIVER_PLACEMENT,
        making the object it is called on; ARGUMENT_PLACEMENT, one it is given), or that reads its
        ``source``, when either is in its function and near (None: neither is)."""
        if self.left <= 0:
            return None
        self.left -= 1
        family = self.family
        sink = self.innermost(start, end)
        scope = _scope(sink, family)
        statement = _statement(sink, family, scope)
        if scope is None or statement is None:
            return None
        sink_line = statement.range().start.line
        built, near_built = _earliest_built(statement, sink, family, scope, sink_line, made)
        starts = [start] + ([built.range().start.index] if near_built else [])
        if source is not None:
            read = _statement(self.innermost(*source), family, scope)
            if read is not None and read.range().start.index < statement.range().start.index \
                    and sink_line - read.range().start.line <= NEAR_LINES:
                starts.append(read.range().start.index)
        if built is None and len(starts) == 1:
            return None
        return Placement(min(starts), None if built is None else (built.range().start.index, built.range().end.index),
                         near_built)

    def innermost(self, start: int, end: int):
        """The innermost node holding ``start:end``."""
        node = self.root
        while (child := self._child_holding(node, start, end)) is not None:
            node = child
        return node

    def _child_holding(self, node, start: int, end: int):
        """``node``'s child holding ``start:end``, by bisection (a long block's children are
        listed once: a module or a function may hold 100,000 statements)."""
        r = node.range()
        key = (r.start.index, r.end.index, node.kind())
        known = self._children.get(key)
        if known is None:
            children = node.children()
            known = (children, [c.range().start.index for c in children])
            if len(children) > _LISTED_FROM:
                self._children[key] = known
        children, starts = known
        i = bisect.bisect_right(starts, start) - 1
        return children[i] if i >= 0 and end <= children[i].range().end.index else None


def _scope(node, family: str):
    """The function (or module) around ``node``."""
    return next((a for a in node.ancestors() if a.kind() in _SCOPES[family]), None)


def _statement(node, family: str, scope):
    """The statement of ``scope``'s body that holds ``node`` (None: it is outside the body, e.g.
    a parameter)."""
    if scope is None:
        return None
    for candidate in (node, *node.ancestors()):
        parent = candidate.parent()
        if parent is None or parent.kind() in _SCOPES[family] and parent.kind() not in _BLOCKS[family]:
            return None
        if parent.kind() in _BLOCKS[family]:
            return candidate if _scope(candidate, family) == scope else None
    return None


def _earliest_built(statement, sink, family: str, scope, sink_line: int, made: str = "") -> tuple[object, bool]:
    """The earliest statement building the text ``sink`` runs (see _text_names; ``made``: the
    object it is called on, or those it is given), and whether the finding's range reaches it (it is
    at most :data:`NEAR_LINES` above the sink, or above a statement that is and puts its markup in);
    a name joined into it counts only where it was given text itself (`heading = f"<h2>{tag}</h2>"`),
    not a value read (`host = request.args["host"]` then `run("ping " + host)`: the command is built
    in the call)."""
    names, joined = _receiver_name(sink, family) if made == RECEIVER_PLACEMENT else \
        _argument_names(sink) if made == ARGUMENT_PLACEMENT else _text_names(sink, family)
    found = []
    for name in names:
        built = _building_statement(statement, name, family, scope, sink_line)
        if built is not None and (not joined or _gives_text(built, name, family, scope)):
            near = sink_line - built.range().start.line <= NEAR_LINES
            found.append((built, near))
            if family == "javascript" and not made:
                found += [(piece, near and built.range().start.line - piece.range().start.line <= NEAR_LINES)
                          for piece in _pieces_built(built, name, scope, sink_line)]
        elif built is None and not made:
            found += [(default, sink_line - default.range().start.line <= NEAR_LINES)
                      for default in _text_default(scope, name, family)]
    return min(found, key=lambda b: b[0].range().start.index, default=(None, False))


def _pieces_built(built, name: str, scope, sink_line: int) -> list:
    """The statements above ``built`` (which gives ``name`` its text) that build the pieces it puts in
    its template strings, or in an array it joins, as markup themselves (`const rows = items.map((r) =>
    `<li>${r}</li>`)` then `const page = `<ul>${rows.join('')}</ul>``; `const heading = `<h1>${t}</h1>``
    then `const svg = ['<svg>', heading, '</svg>'].join('')`): the text starts there (one step up, at most
    :data:`_MOST_NAMES`)."""
    assigned = _assignment_of(built, name, "javascript", scope)
    value = assigned[0].field("value") or assigned[0].field("right") if assigned is not None else None
    heads = [substitution.find(kind="identifier") for substitution in
             (value.find_all(kind="template_substitution") if value is not None else ())]
    heads += [element for array in (value.find_all(kind="array") if value is not None else ()) if _joined(array)
              for element in array.named_children() if element.kind() == "identifier"]
    pieces: list[str] = []
    for head in heads:
        if head is not None and head.text() not in pieces and head.text() != name and len(pieces) < _MOST_NAMES:
            pieces.append(head.text())
    found = []
    for piece in pieces:
        statement = _building_statement(built, piece, "javascript", scope, sink_line)
        if statement is not None and statement.find(kind="template_string", regex=_MARKUP) is not None:
            found.append(statement)
    return found


def _joined(array) -> bool:
    """Whether the array literal ``array`` is joined into one text where it is written (`[a, b].join('')`)."""
    parent = array.parent()
    return parent is not None and parent.kind() == "member_expression" and parent.field("property") is not None \
        and parent.field("property").text() == "join"


def _text_default(scope, name: str, family: str) -> list:
    """The parameter of ``scope`` named ``name`` whose default is a string it writes (`def
    fetch(url="http://...")`: the text is given on the ``def`` line), or nothing."""
    parameters = scope.field("parameters") if family == "python" and scope.kind() == "function_definition" else None
    return [p for p in (parameters.children() if parameters is not None else ())
            if p.kind() in ("default_parameter", "typed_default_parameter") and p.field("name") is not None
            and p.field("name").text() == name and p.field("value") is not None
            and p.field("value").kind() in ("string", "concatenated_string")]


def _text_names(sink, family: str) -> tuple[list[str], bool]:
    """The variables holding the text a sink runs: the sink itself, or a call's first argument
    (a `return`: what it returns; an object's or a dict's field, a keyword argument: its value); in Python also
    the names a concatenation there joins (`heading + items`, `"<ul>" + items + "</ul>"`, at most
    :data:`_MOST_NAMES`; then True)."""
    if sink.kind() == _CALLS[family] or family == "javascript" and sink.kind() == "new_expression":  # (new Function(src))
        arguments = sink.field("arguments")
        first = next((a for a in arguments.named_children() if a.kind() != "comment"), None) if arguments else None
        sink = first if first is not None else sink
    if sink.kind() == "return_statement":  # (a response: `return page`)
        sink = next((c for c in sink.children() if c.is_named() and c.kind() != "comment"), sink)
    if sink.kind() in ("pair", "keyword_argument"):  # a response's field: `{"body": page}`; `query_items(query=sql)`
        sink = sink.field("value") or sink
    if sink.kind() in ("identifier", "shorthand_property_identifier"):  # (`{ to, html }`: the name `html`)
        return [sink.text()], False
    names: list[str] = []
    operands = [sink] if family == "python" and sink.kind() == "binary_operator" else []
    while operands and len(names) < _MOST_NAMES:
        node = operands.pop(0)
        if node.kind() == "identifier":
            names.append(node.text())
        elif node.kind() in ("binary_operator", "parenthesized_expression"):
            operands.extend(c for c in node.children() if c.is_named())
    return names, True


def _receiver_name(sink, family: str) -> tuple[list[str], bool]:
    """The name a call is made on (`writer` of `writer.writerow(row)`), or the name it calls when
    that is a bare one (`run` of `run(cmd)` after `run = getattr(os, "system")`), as _text_names
    answers."""
    function = sink.field("function") if sink.kind() == _CALLS[family] else None
    receiver = function.field("object") if function is not None and function.kind() in ("attribute", "member_expression") \
        else function
    return ([receiver.text()] if receiver is not None and receiver.kind() == "identifier" else []), False


def _argument_names(sink) -> tuple[list[str], bool]:
    """The names a call is given as arguments past its first, the data (`parser` of
    `etree.parse(f, parser)` or of `parser=parser`), at most :data:`_MOST_NAMES`, as _text_names
    answers."""
    arguments = sink.field("arguments") if sink.kind() in _CALLS.values() else None
    names = []
    for argument in (arguments.named_children() if arguments is not None else ())[1:]:
        value = argument.field("value") if argument.kind() == "keyword_argument" else argument
        if value is not None and value.kind() == "identifier" and len(names) < _MOST_NAMES:
            names.append(value.text())
    return names, False


def _gives_text(statement, name: str, family: str, scope) -> bool:
    """Whether ``statement`` gives ``name`` text it writes: a string literal, an f-string or a
    concatenation."""
    assigned = _assignment_of(statement, name, family, scope)
    right = assigned[0].field("right") if assigned is not None else None
    return right is not None and right.kind() in ("string", "concatenated_string", "binary_operator")


def _building_statement(statement, name: str, family: str, scope, sink_line: int):
    """The statement that starts building ``name``'s text before ``statement``: the last plain
    assignment to it (its ``+=`` additions after it are in the range anyway), else the first
    ``+=`` found; looked for in the statements above, then above the compound statements around."""
    added = None
    node = statement
    while node is not None and node != scope:
        previous = node.prev()
        while previous is not None:
            if sink_line - previous.range().start.line > _SEARCH_LINES:
                return added
            assigned = _assignment_of(previous, name, family, scope) if name in previous.text() else None
            if assigned is not None:
                if not assigned[1]:
                    return previous
                added = previous
            previous = previous.prev()
        node = node.parent()
    return added


def _assignment_of(statement, name: str, family: str, scope) -> tuple[object, bool] | None:
    """The last assignment to ``name`` in ``statement`` (not in a function nested in it), and
    whether it adds to the text already there."""
    last = None
    for kind, field, adds in _ASSIGNMENTS[family]:
        for node in statement.find_all(kind=kind):
            target = node.field(field)
            if target is not None and target.text() == name and _scope(node, family) == scope \
                    and (last is None or node.range().start.index > last[0].range().start.index):
                last = (node, adds)
    return last


def python_text_built(node) -> bool:
    """Whether the Python value ``node`` (a call's argument) is text its function builds: an
    f-string, a concatenation, ``%`` or ``.format``/``.join``, there or as the name's last
    assignment above (`clause = "{} LIKE '%{}%'".format(field, value)`, then `run_report(clause)`)."""
    if node is not None and node.kind() == "identifier":
        scope = _scope(node, "python")
        statement = _statement(node, "python", scope)
        if statement is None:
            return False
        name, start = node.text(), node.range().start.index
        if any(a.field("left").text() == name and a.range().start.index < start and _scope(a, "python") == scope
               for a in scope.find_all(kind="augmented_assignment")):  # (`sql += f" ORDER BY {order}"`)
            return True
        built = _building_statement(statement, name, "python", scope, statement.range().start.line)
        assigned = _assignment_of(built, name, "python", scope) if built is not None else None
        node = assigned[0].field("right") if assigned is not None else None
    if node is None:
        return False
    if node.kind() == "call":
        function = node.field("function")
        return function is not None and function.kind() == "attribute" and function.field("attribute").text() in ("format", "join")
    return node.kind() in ("concatenated_string", "binary_operator") or \
        node.kind() == "string" and any(c.kind() == "interpolation" for c in node.children())
