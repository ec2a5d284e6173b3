"""URL parameters a route table of another module converts, for the taint engine (Python): Django's
`urls.py` declares `path("orders/<int:order_id>/", views.order_file)`, a Sanic blueprint
`add_route(views.download, "/exports/<export_id:uuid>")`, Flask `add_url_rule("/u/<int:uid>", view_func=views.user)`:
the view is called with a number, a UUID or a slug, not the request's text (as where its own decorator says so:
TaintFlow._converted). Read from the text of the Python files near the view's module: a line holding a route with
such a converter and the view's name (or, in black's layout, the view alone on the next line)."""

from __future__ import annotations

import re
from pathlib import Path
from weakref import WeakKeyDictionary

# Django's and Flask's `<int:name>`, Sanic's and Bottle's `<name:int>`: what leaves no separator, quote or markup
_CONVERTED = re.compile(r"<(?:(?:int|float|uuid|slug):(\w+)|(\w+):(?:int|float|number|uuid|slug|alpha|ymd))>")
_STRING = re.compile(r"""[rbuRBUfF]*("[^"\n]*"|'[^'\n]*')""")
_NAME = re.compile(r"(?<![\w.])(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)")
_TABLES: WeakKeyDictionary = WeakKeyDictionary()  # workspace -> its RouteConverters
_ALONE = re.compile(r"[ \t]*(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)[ \t]*,?[ \t]*(?:#[^\n]*)?")  # `    views.invoice_file,`


def route_converters(text: str | None) -> frozenset[tuple[str, str]]:
    """(view name, parameter) of each URL parameter a route of ``text`` converts (every name on the route's line
    but its strings is taken for the view: a parameter of another function so named is left as it came)."""
    if not text or "<" not in text:
        return frozenset()
    found: set[tuple[str, str]] = set()
    done = -1  # a line is read once, however many routes it holds (a long minified line stays linear)
    for match in _CONVERTED.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        if start == done:
            continue
        done = start
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        params = {a or b for a, b in _CONVERTED.findall(line)}
        names = {m.group(1) for m in _NAME.finditer(_STRING.sub(" ", line))}
        following = text[end + 1:text.find("\n", end + 1) if text.find("\n", end + 1) >= 0 else len(text)]
        alone = _ALONE.fullmatch(following) if line.rstrip().endswith(",") else None
        names |= {alone.group(1)} if alone is not None else set()
        found |= {(name, param) for name in names for param in params}
    return frozenset(found)


class RouteConverters:
    """What the route tables near a directory convert, for one workspace (a taint_modules.Workspace), kept for a run."""

    def __init__(self, workspace) -> None:
        self.workspace = workspace
        self._near: dict[Path, dict[tuple[str, str], Path]] = {}
        self._run: dict | None = None

    def converted(self, own: Path, function: str, parameter: str) -> bool:
        """Whether a route table near the module ``own`` converts ``parameter`` of its view ``function``."""
        workspace = self.workspace
        run = workspace._run_texts
        if run is None or run is not self._run or len(self._near) > 4096:
            self._near, self._run = {}, run
        directory = workspace.graph.directory(own)
        known = self._near.get(directory)
        if known is None:
            known = {}
            for path in workspace.near._listing(directory, workspace.root, run is not None, "python"):
                for pair in workspace.derive("routes", path):
                    known.setdefault(pair, path)
            if run is not None:
                self._near[directory] = known
        path = known.get((function, parameter))
        if path is not None and path != own:  # (a change to the route table may change this module's findings)
            workspace.graph.note_dependent(own, path)
        return path is not None


def routed(facts, scope, name: str) -> bool:
    """Whether a route table near the module of ``facts`` converts the parameter ``name`` of the function ``scope``."""
    link = facts.link
    function = scope.field("name") if scope.kind() == "function_definition" else None
    if link is None or link.path is None or function is None:
        return False
    tables = _TABLES.get(link.workspace)
    if tables is None:
        tables = _TABLES[link.workspace] = RouteConverters(link.workspace)
    return tables.converted(link.path, function.text(), name)
