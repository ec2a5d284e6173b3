"""Model fields one request stores and a later one reads, for the taint engine (Python): a view sets
`event.notification_text = request.POST.get(...)` and saves the row, a Celery task renders
`Template(event.notification_text)`; a Django `ModelForm` or DRF `ModelSerializer` lists a model's
field in its `Meta.fields` (what the user typed is saved there by `form.save()`); a view builds
`Project(version_url=form.version_url.data)` (how a file stores: taint_stored_writes). Where a file near
the writer reads that field of an instance of that model (`event.notification_text`, `pin.referer`,
`self.text` in the model's own class), the read is request data.

Kept narrow, so that the rows a project fills itself stay clean: only text and JSON fields the model
declares (`CharField`, `TextField`, `URLField`, `JSONField`, SQLAlchemy's `String`/`Text`/`JSON` columns...),
only a receiver named as the model is (`event` for `Event`, `mail_template` for `MailTemplate`), bound in
the reading file by the model's manager (`location = NetworkLocation.objects.get(id=pk)`,
`get_object_or_404(Fetch, ...)`) or a SQLAlchemy session or query (`DBSession.query(Shorturl)...first()`),
or `self` in its class, and only writes of request data (taint_stored_writes); a writer's row bound so
under another name (`probe = get_object_or_404(ProbeSource, ...)`, `probe.actions = ...`) stores its
model's field. What the files near a directory store is found on their text alone, once per file's
content; a reading file is searched for the reads only when its text names one."""

from __future__ import annotations

import re
from pathlib import Path

from postil.analyzers.rules.line_matches import line_matches
from postil.analyzers.rules.taint_paths import span
from postil.analyzers.rules.taint_stored_loops import looped_model
from postil.analyzers.rules.taint_stored_names import assigns_in_function, module_chains, stored_names
from postil.analyzers.rules.taint_stored_writes import ALL_FIELDS, CLASS, snake, stored_pairs
from postil.analyzers.rules.taint_values import Origin, node_origin, stored_label

_TEXT_FIELD = re.compile(
    r"^[ \t]+(\w+)[ \t]*(?::[^=\n]*)?=[ \t]*(?:\w+\.)?(?:(?:Char|Text|URL|Slug|Email|FilePath|RichText|JSON)Field\(|"
    r"(?:Column|mapped_column)\([ \t]*(?:\w+\.)?(?:String|Text|Unicode|UnicodeText|JSON|JSONB)\b)", re.MULTILINE)
# a function taking an argument (an instance it reads a field of): a module without one reads no stored row
# a name bound to a row of a model: by Django's manager (`loc = NetworkLocation.objects.get(`, `obj =
# get_object_or_404(Fetch,`) or a SQLAlchemy session or query (`short = DBSession.query(Shorturl)...first()`,
# `row = db.session.get(Project, pk)`, `row = Project.query.get(pk)`), or a loop's name over the rows of a
# query (`for m in Monitor.objects.filter(`, `for row in session.query(Bookmark)`) (matched at the starts of
# the lines holding _ROW: see line_matches)
_BOUND = re.compile(r"[ \t]*(?:([a-z_]\w*)[ \t]*=|for[ \t]+([a-z_]\w*)[ \t]+in)[ \t]*(?:await[ \t]+)?"
                    r"(?:(?:\w+\.)?([A-Z]\w*)\.objects\.(get|first|last|select_for_update|filter|exclude|all)\(|"
                    r"get_object_or_404\([ \t]*(?:\w+\.)?([A-Z]\w*)\b|(?:\w+\.)*(?:query|session\.get)\([ \t]*(?:\w+\.)?([A-Z]\w*)\b|"
                    r"(?:\w+\.)?([A-Z]\w*)\.query\.)")
_QUERIES = frozenset({"filter", "exclude", "all"})  # a manager's methods giving rows to loop over, not one row
_ROW = re.compile(r"\.objects\.|get_object_or_404\(|query[(.]|session\.get\(")
_ATTRIBUTE = re.compile(r"(?<![\w.])([a-z_]\w*)\.(\w+)")  # `location.base_url` (see _attribute_reads)
_TAKES = re.compile(r"def[ \t]+\w+\((?!\s*\))")  # (a literal first: Python's re skips to each `def`)
_MOST_FIELDS = 256  # stored fields kept a directory: each is looked for in the text of every file near it


def _takes_argument(text: str) -> bool:
    """Whether a module defines a function taking an argument (`def f(x`, `async def f(x`, at a
    line's start after indentation only)."""
    for found in _TAKES.finditer(text):
        head = text[text.rfind("\n", 0, found.start()) + 1:found.start()].strip()
        if head in ("", "async"):
            return True
    return False


def _bound_rows(text: str) -> frozenset[tuple[str, str]]:
    """(name, model's class name) of the names one file binds to a row its model's manager, or a
    SQLAlchemy session or query, gets."""
    if "objects." not in text and "get_object_or_404" not in text and "query" not in text and "session.get" not in text:
        return frozenset()
    return frozenset((found.group(1) or found.group(2), next(model for model in found.groups()[2:] if model))
                     for found in line_matches(text, _ROW, _BOUND)[0] if not (found.group(1) and found.group(4) in _QUERIES))


def _looped_rows(text: str) -> frozenset[str]:
    """The names one file binds to rows only as a loop's over a query (`for m in Feed.objects.filter(`): rows
    inside such a loop alone (see taint_stored_loops)."""
    if "for" not in text or not _bound_rows(text):
        return frozenset()
    found = line_matches(text, _ROW, _BOUND)[0]
    return frozenset(match.group(2) for match in found if match.group(2)) - {
        match.group(1) for match in found if match.group(4) not in _QUERIES}


def _attribute_reads(text: str) -> frozenset[tuple[str, str]]:
    """(name, attribute) of each `name.attribute` a file's text reads on a bare lower-case name."""
    return frozenset(_ATTRIBUTE.findall(text))


def _declared_fields(text: str) -> dict[tuple[str, str], str]:
    """(instance name, field) -> the model's class name, of the text fields of one file's models."""
    if "class" not in text or "Field(" not in text and "olumn(" not in text:
        return {}
    declared: dict[tuple[str, str], str] = {}
    own: dict[str, list[str]] = {}  # class -> its text fields, its bases' of this file included (an abstract model's)
    classes = list(CLASS.finditer(text))
    for i, header in enumerate(classes):
        if "(" in header.group(0) and "ModelForm" not in header.group(0) and "ModelSerializer" not in header.group(0):
            body = text[header.end():classes[i + 1].start() if i + 1 < len(classes) else len(text)]
            bases = re.findall(r"\w+", header.group(2) or "")
            fields = own[header.group(1)] = [f for base in bases for f in own.get(base, ())] + _TEXT_FIELD.findall(body)
            declared.update(((snake(header.group(1)), f), header.group(1)) for f in fields)
    return declared


def _classes(text: str) -> frozenset[str]:
    """The instance names (`paging` for `Paging`) of the top-level classes one file's text declares."""
    return frozenset(snake(found.group(1)) for found in CLASS.finditer(text)) if "class" in text else frozenset()


# the parts of a file's text an index of the files near a directory takes (see Workspace.derive)
FIELD_PARTS = {"declared": _declared_fields, "stored": stored_pairs, "bound": _bound_rows, "named": stored_names,
               "classes": _classes}


class StoredFields:
    """The model fields the files near a directory store request data in, for one workspace
    (``workspace``: a taint_modules.Workspace; asked by taint_request_state.StoredState)."""

    def __init__(self, workspace) -> None:
        self.workspace = workspace
        self._texts: dict[tuple, dict | frozenset] = {}  # (file, digest, part) -> see _of
        self._near: dict[Path, dict[tuple[str, str], tuple[str, Path]]] = {}  # directory -> see _stored, for the run
        self._run: dict | None = None

    def _of(self, path: Path, part) -> dict | frozenset:
        """``part`` (_declared_fields or _stored_pairs) of the file ``path``, kept by its content."""
        text, digest = self.workspace.text(path)
        key = (path, digest, part)
        if key not in self._texts:
            if len(self._texts) > 50_000:
                self._texts.clear()
            self._texts[key] = part(text) if text else part("")
        return self._texts[key]

    def _stored(self, directory: Path) -> dict[tuple[str, str], tuple[str, Path]]:
        """(instance name, field) -> (the model's class name, a file storing request data in it), of
        the text fields of the models declared near ``directory`` (where none is declared, no file
        is searched for what it stores)."""
        run = self.workspace._run_texts
        if run is None or run is not self._run or len(self._near) > 4096:
            self._near, self._run = {}, run
        known = self._near.get(directory)
        if known is None:
            paths = list(self.workspace.near._listing(directory, self.workspace.root, run is not None, "python"))
            declared: dict[tuple[str, str], str] = {}
            for path in paths:
                declared.update(self.workspace.derive("part declared", path))
            writes = self._writes(paths, declared) if declared else {}
            known = {pair: (declared[pair], path) for pair, path in writes.items() if pair in declared}
            known.update(self._undeclared(paths, known))
            known = dict(list(known.items())[:_MOST_FIELDS])
            if run is not None:
                self._near[directory] = known
        return known

    def _writes(self, paths: list[Path], declared: dict[tuple[str, str], str]) -> dict[tuple[str, str], Path]:
        """(instance name, field) -> the first of ``paths`` storing request data in it: a splat stores each of
        the model's ``declared`` fields, and a row the file got by its model's manager under another name
        (`probe = get_object_or_404(ProbeSource, pk=pk)`, `probe.actions = ...`) stores its model's."""
        fields: dict[str, list[tuple[str, str]]] = {}  # instance name -> its model's declared pairs
        for pair in sorted(declared):
            fields.setdefault(pair[0], []).append(pair)
        writes: dict[tuple[str, str], Path] = {}
        for path in paths:
            stored = self.workspace.derive("part stored", path)
            rows: dict[str, set[str]] = {}
            for name, model in self.workspace.derive("part bound", path) if stored else ():
                rows.setdefault(name, set()).add(snake(model))
            for instance, field in sorted(stored):  # (a set: the same order each run)
                for owner in [instance, *sorted(rows.get(instance, ()))]:
                    for each in fields.get(owner, ()) if field == ALL_FIELDS else ((owner, field),):
                        writes.setdefault(each, path)
        return writes

    def _undeclared(self, paths: list[Path], known: dict) -> dict[tuple[str, str], tuple[str, Path]]:
        """(receiver, field) -> ("", the first of ``paths`` storing request data in it) where no class near
        is named as the receiver (taint_stored_names, and a row built with request data as a keyword:
        `Webhook(url=url)`; a declared model's other fields hold no text, and a class of the project's that
        is no model, a dataclass of the request's paging, is no stored row)."""
        found: dict[tuple[str, str], tuple[str, Path]] = {}
        models = {name for path in paths for name in self.workspace.derive("part classes", path)}
        for path in paths:
            for pair in sorted(self.workspace.derive("part named", path) | self.workspace.derive("part stored", path)):
                if pair not in known and pair[0] not in models and pair[1] != ALL_FIELDS:
                    found.setdefault(pair, ("", path))
        return found

    def read(self, own: Path, text: str) -> dict[tuple[str, str], tuple[str, Path]]:
        """The stored fields near the file ``own`` that its ``text`` may read (text alone)."""
        takes = "." in text and _takes_argument(text)
        # (a module whose functions take no argument reads no stored row, but may read a module's setting:
        # `settings.app.url`, `settings` imported from the project)
        stored = self._stored(self.workspace.graph.directory(own)) if takes or "." in text and module_chains(text) else {}
        found = {pair: kept for pair, kept in stored.items() if (f"{pair[0]}.{pair[1]}" in text or (
            f"self.{pair[1]}" in text and f"class {kept[0]}(" in text)) and (takes or not kept[0] and "." in pair[0])}
        bound = self._of(own, _bound_rows) if stored else frozenset()
        if bound:  # rows the file gets by the model's manager, under other names (`location.base_url`)
            fields: dict[str, list] = {}  # model -> (field, what stored.items() keeps)
            for (_, field), kept in stored.items():
                fields.setdefault(kept[0], []).append((field, kept))
            # (the text's `name.attribute` reads found once: a substring search for each bound name
            # and field made a file's rows times the directory's fields times its length)
            reads = self._of(own, _attribute_reads)
            found.update(((name, field), kept) for name, model in sorted(bound) for field, kept in fields.get(model, ())
                         if (name, field) in reads)
            # (a model no file near declares, built with request data as a keyword, `Document(url=url)`, stores
            # under its instance name; a row of that class, `doc = await session.get(Document, pk)`, reads it)
            undeclared = {pair: kept for pair, kept in stored.items() if not kept[0]}
            instances: dict[str, set[str]] = {}  # bound name -> the instance names of its models
            for name, model in bound if undeclared else ():
                instances.setdefault(name, set()).add(snake(model))
            found.update(((name, field), undeclared[(instance, field)]) for name, field in sorted(reads)
                         for instance in sorted(instances.get(name, ())) if (instance, field) in undeclared)
        for _, path in found.values():  # (a change to the storing file may change this file's findings)
            if path != own:
                self.workspace.graph.note_dependent(own, path)
        return found

    def writers(self, own: Path, text: str) -> list[Path]:
        """The files near ``own`` that store request data in a field its text reads."""
        return sorted({path for _, path in self.read(own, text).values()})

    def sources(self, facts, label: str) -> list[tuple[int, int, Origin]]:
        """(start, end, origin) of a parsed file's reads of stored fields (``label``: the rule's)."""
        key = ("stored fields",)  # (the same reads for each rule)
        if key not in facts.found_sources:
            facts.found_sources[key] = self._reads(facts)
        return [(start, end, node_origin(node, stored_label(label, writer))) for start, end, node, writer in facts.found_sources[key]]

    def _reads(self, facts) -> list[tuple[int, int, object, str]]:
        own = facts.link.path
        found, assigned = [], {}
        looped = self._of(own, _looped_rows)
        stored = self._stored(self.workspace.graph.directory(own)) if looped else {}
        renamed = _renamed_rows(self._of(own, _bound_rows)) - looped
        binds: dict[tuple, bool] = {}
        for (instance, field), (model, path) in self.read(own, facts.root.text()).items():
            writer = str(path.relative_to(self.workspace.root)) if self.workspace.root in path.parents else path.name
            writer = re.sub(r"[^\w./\-]", "_", writer)  # (quoted in a message: a file's name is the repository's text)
            writer = writer if len(writer) <= 60 else ".../" + writer[-56:]
            for receiver in (instance, "self"):
                for node in facts.root.find_all(pattern=f"{receiver}.{field}"):
                    parent = node.parent()
                    if parent is not None and parent.kind() == "assignment" and span(parent.child(0)) == span(node):
                        continue  # (a write, not a read)
                    if receiver == "self" and _class_of(node) != model:
                        continue
                    if receiver in looped and (receiver, field) not in stored \
                            and not _loops_over(looped_model(node, receiver), model, field, stored):
                        continue  # (a loop's own name, not the model's: a row of the model its query names, in the loop)
                    if receiver in renamed and not _holds_row(node, receiver, binds):
                        continue  # (the file's name for a row, in a function that neither gets nor takes a row so named)
                    if not model and assigns_in_function(node, f"{instance}.{field}", assigned):
                        continue  # (a function setting the field itself: its own flow is followed there)
                    found.append((*span(node), node, writer))
        return sorted(found, key=lambda read: read[:2])  # (in the text's order, whichever field was asked first)


def _renamed_rows(bound: frozenset[tuple[str, str]]) -> frozenset[str]:
    """The names a file binds to rows (``bound``: see _bound_rows) that are not their model's instance name
    (`current = Feed.objects.get(...)`, not `feed = ...`): a row only in a function that binds it."""
    instances: dict[str, set[str]] = {}
    for name, model in bound:
        instances.setdefault(name, set()).add(snake(model))
    return frozenset(name for name, models in instances.items() if name not in models)


def _holds_row(node, name: str, known: dict[tuple, bool]) -> bool:
    """Whether the function holding ``node`` (none: the module's code) binds ``name`` to a row (see _BOUND) or
    takes it as a parameter (a row its caller hands on: `handler(pq)` from the function that got `pq`), not
    bound to something else or read from around it; ``known``: the answers so far, by function and name."""
    function = next((parent for parent in node.ancestors() if parent.kind() == "function_definition"), None)
    if function is None:
        return True
    key = (*span(function), name)
    if key not in known:
        parameters = function.field("parameters")
        known[key] = parameters is not None and re.search(rf"(?<![\w.]){name}\b", parameters.text()) is not None \
            or any(name in (found.group(1), found.group(2)) for found in line_matches(function.text(), _ROW, _BOUND)[0])
    return known[key]


def _loops_over(queried: str | None, model: str, field: str, stored: dict) -> bool:
    """Whether a loop over rows of the class ``queried`` (None: no loop over a query) reads the stored ``field``
    of ``model`` (a declared model's class, or "" for one no file near declares: stored under its instance name)."""
    return queried is not None and (queried == model if model else (snake(queried), field) in stored)


def _class_of(node) -> str | None:
    """The name of the class whose body holds ``node``."""
    for parent in node.ancestors():
        if parent.kind() == "class_definition":
            name = parent.field("name")
            return name.text() if name is not None else None
    return None
