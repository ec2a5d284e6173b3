"""Where a finding on an object a function makes ends: the first statement of the function that uses it.

``tmpl = jinja2.Template(src)`` then, two lines down, ``return tmpl.render(user=request.args["u"])``: the
object is made unsafe on the first line, the data goes out through it on the second, and a reader (or a
taint finding on the render) points at either. A finding of a rule that opts in (``metadata.placement:
through-use``) matches the call that makes the object and runs on to the end of the first statement of
its function that calls a method of it (``tmpl.render(...)``, ``env.from_string(text)``), so it covers
both lines; the call stays the finding's ``sink``. A use more than ``NEAR_LINES`` below, or none (a
module's environment, one a function returns), leaves the finding where it is.
"""

from __future__ import annotations

from postil.analyzers.rules.built_text import NEAR_LINES, Placer

PLACEMENT = "through-use"  # the metadata value a rule opts in with
_NESTED = frozenset({"function_definition", "lambda", "class_definition"})  # code that runs at another time


def through_use(placer: Placer, start: int, end: int) -> tuple[int, int] | None:
    """The span (string offsets) of the first statement below the assignment of the call at
    ``start:end`` to a plain name that calls a method of that name, in the same function (None: the
    call is not so assigned, nothing near below uses it, or too many findings were placed already)."""
    if placer.left <= 0:
        return None
    placer.left -= 1
    node = placer.innermost(start, end)
    assignment = node.parent() if node is not None else None
    if assignment is None or assignment.kind() != "assignment" or assignment.field("right") is None \
            or assignment.field("right").range().start.index != node.range().start.index:
        return None
    name, statement = assignment.field("left"), assignment.parent()
    if name is None or name.kind() != "identifier" or statement is None or statement.kind() != "expression_statement" \
            or statement.parent() is None or statement.parent().kind() != "block":  # (a function's, not a module's)
        return None
    line = statement.range().end.line
    following = statement.next()
    while following is not None and following.range().start.line - line <= NEAR_LINES:
        if _uses(following, name.text()):
            used = following.range()
            return used.start.index, used.end.index
        following = following.next()
    return None


def _uses(statement, name: str) -> bool:
    """Whether ``statement`` (not inside a nested function or class) calls a method of the object named ``name``."""
    stack = [statement]
    while stack:
        node = stack.pop()
        if node.kind() == "call":
            function = node.field("function")
            if function is not None and function.kind() == "attribute" and function.field("object") is not None \
                    and function.field("object").kind() == "identifier" and function.field("object").text() == name:
                return True
        if node.kind() not in _NESTED:
            stack.extend(node.children())
    return False
