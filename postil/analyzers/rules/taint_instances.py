"""Method calls on instances of the project's own classes (`q = QueryParams(request);
q.text("name")`): the callee text named by its class, `QueryParams.text`, so the method's
summary can be found like a function's; and the class a method is defined in (class_name)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from postil.analyzers.languages import language_of_suffix
from postil.analyzers.rules.line_matches import line_matches

# `name = ClassName(...)` at the start of a line (a class is named in CapWords; a module's exported one too,
# `export const storage = new FileStorage()`, which its importers call; a Python object's
# field too, `self.db = MonitorDatabase()` in `__init__`: `self.db.select(q)`), and a
# TypeScript constructor's parameter property (`private readonly users: UsersService`: `this.users`)
# (the class read through its module too: `converter = rates.CurrencyConverter(url)`)
_INSTANCE = re.compile(r"^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var)[ \t]+)?((?:self\.)?[A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]+)?=[ \t]*(?:new[ \t]+)?((?:[a-z_]\w*\.)*[A-Z]\w*)\(", re.MULTILINE)
_ASSIGNED_INSTANCE = re.compile(r"=[ \t]*(?:new[ \t]+)?(?:[a-z_]\w*\.)*[A-Z]\w*\(")  # what each _INSTANCE holds, on its line
# (`\b` then `p`, written `p` then `(?<!\wp)`: a pattern opening with a literal is searched for it,
# one opening with `\b` is tried at every position of the text)
_PROPERTY = re.compile(r"p(?<!\wp)(?:rivate|ublic|rotected)[ \t]+(?:readonly[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*\??:[ \t]*([A-Z]\w*)\b")
# ... and a class's field a container fills, its decorator just before it (Midway's and TypeDI's `@Inject()
# reportService: ReportService;`, FoalTS's `@dependency products: ProductService;`): `this.reportService`
# (a literal `@` first, so the search skips to the decorators; a generic type, `Model<User>`, names no class)
# (possessive: nothing matched is given back, so a Python decorator that is no field fails at once)
_INJECTED = re.compile(r"@[A-Za-z_$][\w$.]*+(?:\([^()\n]*+\))?+[ \t]*+(?:\n[ \t]*+)?+(?:readonly[ \t]++)?+([A-Za-z_$][\w$]*+)[ \t]*+[!?]?+:[ \t]*+([A-Z]\w*+)[ \t]*+[;\n]")
# an object's field made from a class where the class is written or the object is made: a class field
# (`media = new MediaCore(root)`, `private readonly storage = new DocStorage()`) or a constructor's
# assignment (`this.reports = new ReportService(app)`): `this.media`, `this.reports` (a class named bare, as a
# project's own is imported; not a library's read through its module, `new sqlite3.Database(file)`)
_HELD = re.compile(r"^[ \t]*(?:(?:private|public|protected|readonly|static|override)[ \t]+)*(this\.)?([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]+)?=[ \t]*new[ \t]+([A-Z]\w*)\(", re.MULTILINE)
# a bare name assigned, found at every start (a lookahead: the matches of several names may overlap)
_BARE_ASSIGNED = re.compile(r"(?=((?<![\w$.])([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]+)?=(?![=>])))")
# ... for a few names, each searched for alone: what follows a name (itself whole) that assigns it, and
# what may not come before it (the one pass above tries its lookahead at every position of the text:
# ~50 us a handler of ~400 characters, for its one instance, `bp = Blueprint(...)`)
_FEW_NAMES = 4
_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_ASSIGNS_AFTER_NAME = re.compile(r"(?![\w$])[ \t]*(?::[^=\n]+)?=(?![=>])")
_BEFORE_NAME = re.compile(r"[\w$.]")
_SELF_ASSIGNED = re.compile(r"\bself\.(\w+)[ \t]*=(?!=)")  # `self.x = …` (not `==`)
_THIS_ASSIGNED = re.compile(r"\bthis\.([A-Za-z_$][\w$]*)[ \t]*=(?![=>])")  # `this.x = …` (not `==`, `=>`)
# (the class read through its module too: `templar.Templar().render(text)` with `from app import templar`)
# what a JavaScript module exports by default: an instance made there (`module.exports = new Store(dir)`) or a name
# (`export default store;`), the line's last word
_DEFAULT_INSTANCE = re.compile(r"(?:module\.exports[ \t]*=|export[ \t]+default)[ \t]*(?:new[ \t]+([A-Z]\w*)\(|([A-Za-z_$][\w$]*)[ \t]*;?[ \t]*(?:\n|$))")
_CONSTRUCTED = re.compile(r"((?:[a-z_]\w*\.)*[A-Z]\w*)\(.*\)", re.DOTALL)
# a Python parameter (or variable) annotated with a class: `service: ToolsService = Depends(get_tools_service)`,
# `(self, repo: RepoService)`; not `Optional[...]` or a union (the `:` then the class, then `=`, `,` or `)`)
_TYPED = re.compile(r"([A-Za-z_]\w*)[ \t]*:[ \t]*([A-Z]\w*)[ \t]*(?=[=,)\n])")
# a Python property whose body makes one instance and returns it (Butterfly's `@property def themes(self): return
# ThemeStore(self.application.settings["themes_dir"])`): `self.themes` is an instance of that class (a literal `@` first)
_PY_PROPERTY = re.compile(r"@property[ \t]*\n[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\([ \t]*self[ \t]*\)[^\n:]*:[ \t]*\n"
                          r"[ \t]*return[ \t]+((?:[a-z_]\w*\.)*[A-Z]\w*)\(")
# what each _TYPED match holds on its line (a match never spans lines): tried at every position of a
# text, _TYPED's name retried from inside each identifier was ~1 us a character (a Flask view, 0.35 ms)
_ANNOTATION = re.compile(r":[ \t]*[A-Z]")


def instance_classes(text: str, typed: bool = False) -> dict[str, str]:
    """Variable name -> the class it is made from, where a file assigns it one instance
    only (a name bound to two classes, or elsewhere to anything else, is left out:
    `thing = new Fixed()` in one handler, `thing = createThing()` in another); ``typed``: a
    Python text, whose annotations name a parameter's class too (FastAPI's
    `service: ToolsService = Depends(...)`)."""
    found: dict[str, set[str]] = {}
    made: dict[str, int] = {}
    for name, cls in (_annotated_first(text) if typed else _instances(text)):
        found.setdefault(name, set()).add(cls)
        made[name] = made.get(name, 0) + 1
    assigned = bare_assignments(text, {name for name in made if len(found[name]) == 1})
    if any(name.startswith("self.") for name in made):  # (every `self.x =` counted in one pass, as `this.x` below)
        assigned.update(f"self.{name}" for name in _SELF_ASSIGNED.findall(text) if f"self.{name}" in made)
    for name, count in made.items():
        if assigned[name] > count:
            found[name].add("")  # bound to something else too
    for name, cls in _properties(text, decorated=not typed):
        found.setdefault(f"this.{name}", set()).add(cls)
    for name, cls in _PY_PROPERTY.findall(text) if typed and "@property" in text else ():
        found.setdefault(f"self.{name}", set()).add(cls)
    _add_held(text, found)
    return {name: next(iter(classes)) for name, classes in found.items() if len(classes) == 1}


def bare_assignments(text: str, names: set[str]) -> Counter:
    """How often ``text`` assigns each of ``names`` as a bare name (`x = …`, `x: T = …`; not `o.x =`,
    `x ==`, `x =>`), as a search of the text for each name alone would count them, in one pass:
    a search per name made a file's names times its length (minutes on a generated file of
    thousands of instances)."""
    counts: Counter = Counter()
    if not names:
        return counts
    if len(names) <= _FEW_NAMES:
        for name in names:
            if _NAME.fullmatch(name) and (count := _assigned(text, name)):
                counts[name] = count
        return counts
    ends: dict[str, int] = {}
    for match in _BARE_ASSIGNED.finditer(text):
        whole, name = match.groups()
        # (one name's assignments do not overlap, as one name's search finds them; an annotation may
        # span another's: `a: b = 1` assigns a, and b's own search finds `b = 1`)
        if name in names and match.start() >= ends.get(name, 0):
            counts[name] += 1
            ends[name] = match.start() + len(whole)
    return counts


def _assigned(text: str, name: str) -> int:
    """How often ``text`` assigns the bare name ``name`` (see bare_assignments): each place it is
    written found by a substring search, what is around it asked there."""
    count, at = 0, text.find(name)
    while at >= 0:
        assigns = _ASSIGNS_AFTER_NAME.match(text, at + len(name)) \
            if not at or _BEFORE_NAME.match(text, at - 1) is None else None
        count += assigns is not None
        at = text.find(name, assigns.end() if assigns is not None else at + 1)
    return count


def _add_held(text: str, found: dict[str, set[str]]) -> None:
    """The fields ``text`` makes from a class (see _HELD) into ``found``, as `this.name`; a field
    the text assigns anything else too is left out (``found`` holds "" beside its class)."""
    made: dict[str, int] = {}
    for this, name, cls in _held(text):
        found.setdefault(f"this.{name}", set()).add(cls)
        made[name] = made.get(name, 0) + (1 if this else 0)
    if not made:
        return
    # (every `this.x =` of the text counted in one pass: a search per field made the text's fields
    # times its length, minutes on a generated class of thousands of fields)
    assigned = Counter(name for name in _THIS_ASSIGNED.findall(text) if name in made)
    for name, count in made.items():
        if assigned[name] > count:
            found[f"this.{name}"].add("")  # bound to something else too


def _held(text: str) -> list[tuple[str, str, str]]:
    """_HELD.findall(text), tried only at the lines holding a `new`."""
    return [match.groups() for match in line_matches(text, "new", _HELD)[0]] if "new" in text else []


def held_method(link, target: tuple | None, module) -> str | None:
    """`Class.method` for a call that the importing file's ``link`` (taint_modules.ModuleLink)
    resolves to ``target``, (``module``, `name.method`), where ``module`` makes `name` one
    instance of its class (`preview_finder = LinkPreviewFinder()` ... `preview_finder.find_embed(url)`
    in a view): the method the call runs, by the name the module's own summaries give it; or
    (JavaScript/TypeScript) where the module ``target`` names makes it of a class it imports from
    ``module`` (Zipline's `lib/datasource/index.ts`: `export const datasource = new Local(dir)`,
    `Local` of `./Local`, whose `put` a route calls as `datasource.put(name, data)`)."""
    if target is None:
        return None
    text = link.workspace.text(target[0])[0]
    if "." in target[1]:
        typed = typed_callee(target[1], _module_instances(text)) if text is not None else None
    else:  # (called through the module's default export: `data.getByKey(key)` of `module.exports = new DataFileStore()`
        # of another module's class; the module's own class's method is known by its bare name)
        cls = default_instance(text) if target[0] != module and target[0].suffix != ".py" else None
        typed = f"{cls}.{target[1]}" if cls is not None and target[1].isidentifier() else None
    if target[0] == module or typed is None or target[0].suffix == ".py":
        return typed
    cls, _, method = typed.partition(".")
    graph = link.workspace.graph
    # (a class its module exports whole, `module.exports = DataFileStore`, is known there by the name it is imported by)
    imported = next((cls if whole else name for local, name, path, whole in graph.targets(
        target[0], text, language_of_suffix(target[0].suffix)) if local == cls and path == module), None)
    return f"{imported}.{method}" if imported is not None else None


@lru_cache(maxsize=64)
def default_instance(text: str | None) -> str | None:
    """The class of the instance a JavaScript module exports by default (`module.exports = new
    DataFileStore(...)`, `export default new Service()`, or a name the module makes one instance in:
    `const store = new Store(); module.exports = store`); None: none."""
    if text is None or "new" not in text:
        return None
    made = _DEFAULT_INSTANCE.search(text)
    if made is None:
        return None
    return made.group(1) or _module_instances(text).get(made.group(2))


def makes_instances(text: str | None) -> bool:
    """Whether a module's text makes an instance of a class it may hand its importers (see instance_classes,
    default_instance)."""
    return text is not None and "new" in text and (bool(_module_instances(text)) or default_instance(text) is not None)


@lru_cache(maxsize=64)
def _module_instances(text: str) -> dict[str, str]:
    """instance_classes of a module's text, once for the calls of every file that imports it
    (module code: no parameters to type)."""
    return instance_classes(text)


def _instances(text: str) -> list[tuple[str, str]]:
    """_INSTANCE.findall(text), tried only at the lines holding an instance's assignment."""
    return [match.groups() for match in line_matches(text, _ASSIGNED_INSTANCE, _INSTANCE)[0]]


def _annotated_first(text: str) -> list[tuple[str, str]]:
    """_instances and _typed of a Python text, where an annotation names the class of what a call
    gives (`service: ToolsService = Depends(get_tools_service)` holds a ToolsService, not a Depends)."""
    typed = _typed(text)
    annotated = {name for name, _ in typed}
    return [(name, cls) for name, cls in _instances(text) if name not in annotated or not re.search(
        rf"^[ \t]*{re.escape(name)}[ \t]*:[ \t]*[A-Z]\w*[ \t]*=[ \t]*{re.escape(cls)}\(", text, re.MULTILINE)] + typed


def _typed(text: str) -> list[tuple[str, str]]:
    """(name, class) of the names a Python text annotates with a class (see _TYPED), as
    ``_TYPED.findall(text)`` gives them: searched only in the lines holding an annotation."""
    found, at = [], 0 if ":" in text else len(text)  # (``at``: where the line after the last one searched starts)
    while (mark := _ANNOTATION.search(text, at)) is not None:
        line = max(at, text.rfind("\n", at, mark.start()) + 1)
        end = text.find("\n", mark.start())
        at = len(text) if end < 0 else end + 1  # (a line is searched once, however many marks it holds)
        found += _TYPED.findall(text, line, at)
    return found


def instance_names(text: str) -> set[str]:
    """The variable names a text assigns an instance of a class to (each, whatever its class: a
    name that is another class's elsewhere in the file is left out by instance_classes), those
    it annotates with a class included (of any language: more names only join more units)."""
    return ({name for name, _ in _instances(text) + _typed(text)} | {f"this.{name}" for name, _ in _PROPERTY.findall(text)}
            | {f"this.{name}" for _, name, _ in _held(text)})


def injected_classes(text: str, language: str) -> set[str]:
    """The classes a TypeScript constructor takes instances of as properties, or a container puts in
    decorated fields (the file calls their methods through `this`, never the class itself)."""
    return {cls for _, cls in _properties(text, decorated=language != "python")} if "this." in text else set()


def _properties(text: str, decorated: bool) -> list[tuple[str, str]]:
    """(field, class) of a TypeScript class's fields that hold an instance of a class they name (see
    _PROPERTY; ``decorated``: _INJECTED's too, JavaScript's and TypeScript's fields)."""
    return _PROPERTY.findall(text) + (_INJECTED.findall(text) if decorated and "@" in text else [])


def typed_callee(callee: str, instances: dict[str, str]) -> str | None:
    """`Class.method` for a call of a method on an instance (`q.text` with `q = Class(...)`,
    `Class(request).text`); None for any other callee."""
    receiver, dot, method = callee.rpartition(".")
    if not dot or not method.isidentifier():
        return None
    made = _CONSTRUCTED.fullmatch(receiver.removeprefix("new "))
    cls = made.group(1) if made else instances.get(receiver)
    return f"{cls}.{method}" if cls else None


def class_name(scope) -> str | None:
    """The name of the class whose method ``scope`` is (None: not a method)."""
    node = class_node(scope)
    name = node.field("name") if node is not None else None
    return name.text() if name is not None else None


def same_instance(scope, other) -> bool:
    """Whether the methods ``scope`` and ``other`` may run on one object, so that `self.x` in one
    is `self.x` in the other: not when they are methods of two classes of which neither names
    the other as its base (functions outside a class may be bound to any)."""
    mine, theirs = class_node(scope), class_node(other)
    if mine is None or theirs is None:
        return True
    names = [c.field("name").text() if c.field("name") is not None else "" for c in (mine, theirs)]
    if names[0] == names[1]:
        return True
    bases = [c.field("superclasses").text() if c.field("superclasses") is not None else "" for c in (mine, theirs)]
    return re.search(rf"\b{re.escape(names[1])}\b", bases[0]) is not None or re.search(rf"\b{re.escape(names[0])}\b", bases[1]) is not None


def class_node(scope):
    """The class whose method ``scope`` is (None: not a method)."""
    node = scope.parent() if scope is not None else None
    while node is not None and (node.kind().endswith("class_body") or node.kind() in ("block", "decorated_definition")):
        node = node.parent()  # (Python's class body is a block; a decorated method sits in a decorated_definition)
    return node if node is not None and "class" in node.kind() else None
