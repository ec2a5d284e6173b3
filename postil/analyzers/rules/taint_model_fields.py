"""Fields of a Pydantic-style request model that validation leaves no text in, for the taint engine: a FastAPI
handler `async def export(body: ExportRequest)` reading `body.report_id`, where the model declares `report_id: int`,
reads a number (FastAPI answered 422 to anything else); `float`, `bool`, `Decimal`, `UUID`, dates and times,
Pydantic's constrained numbers and `Literal["a", "b"]` likewise (also inside `Optional[...]` or `| None`). Each such
read in the file is clean, for every rule; a field declared `str` (or with no scalar type) keeps its taint. The model
is a class of the file itself or of a workspace module it imports, based on Pydantic's `BaseModel`, Django Ninja's
`Schema`, SQLModel's `SQLModel` or msgspec's `Struct` (or on a class of its module that is); its body is read by
hand, line by line, not parsed."""

from __future__ import annotations

import re

from postil.analyzers.rules.facts_memo import once_a_file
from postil.analyzers.rules.taint_grammar import PYTHON
from postil.analyzers.rules.taint_paths import span

# a parameter typed with a class (`body: ExportRequest`, `payload: schemas.ExportRequest = Body(...)`)
_TYPED = re.compile(r"[(,][ \t\n]*([a-z_]\w*)[ \t]*:[ \t]*(?:\w+\.)?([A-Z]\w*)[ \t]*[,)=]")
_MODEL_BASES = re.compile(r"\b(BaseModel|Schema|SQLModel|Struct)\b")
_CLASS = re.compile(r"^class[ \t]+([A-Z]\w*)[ \t]*\(([^)]*)\)[ \t]*:", re.MULTILINE)
_SCALAR = (r"(?:(?:builtins\.)?(?:int|float|bool)|(?:decimal\.)?Decimal|(?:uuid\.)?UUID\d?|(?:datetime\.)?(?:datetime|date|time"
           r"|timedelta)|(?:pydantic\.)?(?:Positive|Negative|NonNegative|NonPositive|Strict)(?:Int|Float)|Strict(?:Bool)"
           r"|con(?:int|float|decimal)\([^()\n]*\)|(?:typing\.)?Literal\[[^\]\n]*\])")
# a field's declaration whose type is one of _SCALAR, alone, in `Optional[...]` or with `| None`
_FIELD = re.compile(rf"^[ \t]+([a-z_]\w*)[ \t]*:[ \t]*(?:(?:typing\.)?Optional\[[ \t]*{_SCALAR}[ \t]*\]|{_SCALAR}"
                    rf"(?:[ \t]*\|[ \t]*None)?|None[ \t]*\|[ \t]*{_SCALAR})[ \t]*(?:=|#|$)")


def typed_model_reads(facts) -> list[tuple[int, int]]:
    """The spans of the reads, in the Python file ``facts`` describes, of the scalar fields (see the module) of
    parameters typed with a request model (kept per file: every rule of the file asks)."""
    if facts.g is not PYTHON:
        return []
    return _reads(facts)


@once_a_file
def _reads(facts) -> list[tuple[int, int]]:
    link = facts.link
    own = link.text if link is not None else facts.root.text()
    typed = {(m.group(1), m.group(2)) for m in _TYPED.finditer(own) if m.group(1) not in ("self", "cls")}
    if not typed:
        return []
    imported = {local: (target, name) for local, name, target, whole in (
        link.workspace.graph.targets(link.path, link.text, link.language) if link is not None and link.path else ())
        if not whole}
    fields: dict[str, set[str]] = {}
    parsed: dict[int, dict] = {}  # id(a module's text) -> its classes, read once
    for cls in sorted({cls for _, cls in typed}):
        text, name = (link.workspace.text(imported[cls][0])[0] or "", imported[cls][1] or cls) if cls in imported \
            else (own, cls)
        if _MODEL_BASES.search(text) is None:
            fields[cls] = set()  # (no model in that module: most typed parameters are not a request's)
            continue
        if id(text) not in parsed:
            parsed[id(text)] = {m.group(1): m for m in _CLASS.finditer(text)}
        fields[cls] = _scalar_fields(text, parsed[id(text)], name)
    parameters = sorted({p for p, cls in typed if fields[cls]})
    if not parameters:
        return []
    clean = []
    for read in facts.find({"rule": {"kind": "attribute", "regex": f"^({'|'.join(map(re.escape, parameters))})\\.\\w+$"}}):
        parameter, _, field = read.text().partition(".")
        scope = facts.scope_of(read)
        declared = scope.field("parameters") if scope is not None else None
        # (the model the read's own function types its parameter with: two handlers may both name theirs `body`)
        if declared is not None and any(p == parameter and field in fields.get(cls, ())
                                        for p, cls in ((m.group(1), m.group(2)) for m in _TYPED.finditer(declared.text()))):
            clean.append(span(read))
    return clean


def _scalar_fields(text: str, classes: dict, cls: str) -> set[str]:
    """The scalar fields of the model class ``cls`` of a module's ``text`` (``classes``: its classes by name), its own
    and those of the classes of the module it is based on (none where it is no model)."""
    found = classes.get(cls)
    if found is None or not _is_model(found.group(2), classes):
        return set()
    fields, todo, seen = set(), [found], {cls}
    while todo:
        declared = todo.pop()
        fields |= _declared(text, declared)
        for base in declared.group(2).split(","):
            if (name := base.strip()) in classes and name not in seen:
                seen.add(name)
                todo.append(classes[name])
    return fields


def _declared(text: str, found: re.Match) -> set[str]:
    """The scalar fields the body of the class ``found`` declares itself."""
    fields, margin = set(), None
    for line in _lines_after(text, found.end()):
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        if indent == 0:
            break  # (the class body ends at the first line back at the module's margin)
        margin = margin or indent  # (the body's own lines: not a method's annotated locals)
        if indent == margin and (field := _FIELD.match(line)) is not None:
            fields.add(field.group(1))
    return fields


def _lines_after(text: str, start: int):
    """The lines of ``text`` after the one holding ``start``, one at a time (a class body is read as far as it goes,
    not the rest of the module split for each class: a chain of many classes stays linear)."""
    end = text.find("\n", start)
    while end != -1:
        start, end = end + 1, text.find("\n", end + 1)
        yield text[start:end if end != -1 else len(text)]


def _is_model(bases: str, classes: dict) -> bool:
    """Whether a class with these ``bases`` is a request model: a model base itself, or a class of the module
    based on one (`class ExportIn(ExportBase)`, `class ExportBase(BaseModel)`), one level."""
    return _MODEL_BASES.search(bases) is not None or any(
        (base := classes.get(name.strip())) is not None and _MODEL_BASES.search(base.group(2)) is not None
        for name in bases.split(","))
