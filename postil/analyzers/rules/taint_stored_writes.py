"""How one file's text stores request data in a model's fields, for taint_stored_fields (Python): a
Django `ModelForm` or DRF `ModelSerializer` lists the field in its `Meta.fields`; a view sets
`event.notification_text = request.POST.get(...)`; a row is built with the field as a keyword
(`Project(version_url=form.version_url.data)`, `Shorturl(url=url)` where the file bound `url` to the
request's data, `Integration.objects.create(configuration={"url": form.cleaned_data["url"]})` over
several lines); or a request's data is splatted into it (`Webhook.objects.create(**data)`, `data` bound
to `serializer.validated_data`: every text field of the model). A name counts as request data in the
function where a statement binds it to the request's or a bound form's or serializer's data (read on the
statement's first or closing line: `data.validated_data[...]` whatever the serializer's name), or to what a
function of the same file that reads the request gives back when handed it (`definition = _read_definition(request)`)."""

from __future__ import annotations

import re
from bisect import bisect_right

ALL_FIELDS = "*"  # the field of a pair naming every text field of its model (a splat of request data)
CLASS = re.compile(r"^class[ \t]+(\w+)[ \t]*(?:\(([^)\n]*)\))?[ \t]*:", re.MULTILINE)  # a module's top-level class
_META_MODEL = re.compile(r"^[ \t]+model[ \t]*=[ \t]*(?:\w+\.)*(\w+)[ \t]*$", re.MULTILINE)
_META_FIELDS = re.compile(r"^[ \t]+fields[ \t]*=[ \t]*[\[(]([^\])]*)[\])]", re.MULTILINE)
_QUOTED = re.compile(r"""["'](\w+)["']""")
# what a stored value is: the request's data or a bound form's (on the line that stores it, or binds a name to it)
_REQUEST = (r"(?:self\.)?request\.(?:GET|POST|body|data|json|json_body|form|args|values|params|query_params|FILES|files)\b|"
            r"\brequest\.get_json\(|\bform\.\w+\.data\b|\b[a-z_]\w*\.(?:cleaned_data|validated_data)\b")
READS_REQUEST = re.compile(_REQUEST)
_SETS = re.compile(rf"^[ \t]*([a-z_]\w*)\.(\w+)[ \t]*=(?!=)[^\n]*?(?:{_REQUEST})", re.MULTILINE)  # `event.text = request.POST...`
# a name a statement binds to request data (`url = self.request.params["url"]`, `data, errors = form.cleaned_data, []`,
# `form, error = JsonParser(...` over lines to `).parse(request.body)`): the names it binds
_BINDS = re.compile(r"[ \t]*([a-z_]\w*)(?:[ \t]*,[ \t]*[a-z_]\w*)*[ \t]*=(?!=)")
_NAME = re.compile(r"[a-z_]\w*")
# a name bound at a line's start, and the name whose item it is bound to (`url = form.get(`, `url = form[`), if so
_REBINDS = re.compile(r"^[ \t]*([a-z_]\w*)[ \t]*=(?!=)[ \t]*(?:([a-z_]\w*)(?:\.get\(|\[))?", re.MULTILINE)
# a FastAPI handler's parameter the request fills (`url: str = Form(...)`, `q: str = Query(None)`)
_FORM_PARAMETER = re.compile(r"(?:^|[(,])[ \t]*([a-z_]\w*)[ \t]*:[^=\n,(]*=[ \t]*(?:fastapi\.)?(?:Form|Body|Query)\(", re.MULTILINE)
# ... or a route's parameter typed with a schema class of the file (django-ninja's `payload: MonitorIn`, FastAPI's
# `hook: HookIn`, `MonitorIn` declared on `Schema` or `BaseModel`), closed by `,` or `)`
_ANNOTATED = re.compile(r"(?:^|[(,])[ \t]*([a-z_]\w*)[ \t]*:[ \t]*([A-Z]\w*)(?=[ \t]*[,)])", re.MULTILINE)
_SCHEMA_BASES = frozenset({"Schema", "BaseModel", "ModelSchema"})
_BODY_ROUTES = (".post(", ".put(", ".patch(")  # (a route a body is sent to)
_DEF = re.compile(r"(?<![\w.])def[ \t]+(\w+)[ \t]*\(")  # where a function begins: the scope of a name it binds
# a name bound to what a function is handed the request for (`definition = _read_definition(request)`,
# `data = await self._payload(request, limit)`): request data where that function is the file's own and reads it
_HANDED_REQUEST = re.compile(r"^[ \t]*([a-z_]\w*)[ \t]*=[ \t]*(?:await[ \t]+)?(?:self\.)?(\w+)\([ \t]*request[ \t]*[,)]",
                             re.MULTILINE)
_BACK = 20  # lines looked back for the start of a statement whose closing line reads the request
_BUILDS = re.compile(r"(?<![\w.])(?:models\.)?([A-Z]\w*)(?:\.objects\.(?:create|get_or_create|update_or_create))?\(")  # `Project(`
# a keyword of request data: the request's (`url=request.POST["url"]`, `configuration={"url": form.cleaned_data[...`)
_KEYWORD = re.compile(rf"(?<![\w.])(\w+)[ \t]*=[ \t]*(?:[{{\[(][^=()\n]{{0,80}}?)?(?:{_REQUEST})")
# ... or a name's (`url=url`, `url=body.get("url")`: see held_names), and a splat (`**data`)
_NAMED = re.compile(r"(?<![\w.*])(\w+)[ \t]*=[ \t]*([a-z_]\w*)\b|\*\*([a-z_]\w*)\b")
_CALL = 400  # characters after a constructor's name that its arguments are looked for in (a call may span lines)


def snake(name: str) -> str:
    """`MailTemplate` -> `mail_template`: how an instance of a model is named."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def stored_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The (instance name, field) pairs one file's text stores request data in (the field ALL_FIELDS
    where request data is splatted into a row of the model)."""
    stored: set[tuple[str, str]] = set()
    classes = list(CLASS.finditer(text)) if "Model" in text else []
    for i, header in enumerate(classes):
        bases = header.group(2) or ""
        if "ModelForm" in bases or "ModelSerializer" in bases:
            body = text[header.end():classes[i + 1].start() if i + 1 < len(classes) else len(text)]
            model, fields = _META_MODEL.search(body), _META_FIELDS.search(body)
            if model is not None and fields is not None:
                stored.update((snake(model.group(1)), f) for f in _QUOTED.findall(fields.group(1)))
    if "=" not in text:
        return frozenset(stored)
    stored.update(_SETS.findall(text))
    held, starts = held_names(text)
    for built in _BUILDS.finditer(text):
        arguments = _arguments(text, built.end())
        instance = snake(built.group(1))
        stored.update((instance, f) for f in _KEYWORD.findall(arguments))
        scope = bisect_right(starts, built.start())
        for named in _NAMED.finditer(arguments) if held else ():
            if (scope, named.group(2)) in held:
                stored.add((instance, named.group(1)))
            elif (scope, named.group(3)) in held:
                stored.add((instance, ALL_FIELDS))
    return frozenset(stored)


def takes_request(text: str) -> bool:
    """Whether a file's text may hold request data in a name (see held_names): it reads the request or
    declares a FastAPI parameter filled from it."""
    return READS_REQUEST.search(text) is not None or _may_fill_parameters(text) or _may_take_schemas(text)


def _may_fill_parameters(text: str) -> bool:
    """Whether a file's text may declare a FastAPI parameter the request fills (see _FORM_PARAMETER)."""
    return "Form(" in text or "Body(" in text or "Query(" in text


def _may_take_schemas(text: str) -> bool:
    """Whether a file's text may declare a route's parameter a schema class of its own fills (see _ANNOTATED)."""
    return ("Schema" in text or "BaseModel" in text) and any(route in text for route in _BODY_ROUTES)


def _schema_parameters(text: str) -> list[tuple[int, str]]:
    """(where, name) of the parameters typed with a schema class the file declares (see _ANNOTATED)."""
    schemas = {found.group(1) for found in CLASS.finditer(text)
               if _SCHEMA_BASES & {base.strip().rpartition(".")[2] for base in (found.group(2) or "").split(",")}}
    return [(found.start(), found.group(1)) for found in _ANNOTATED.finditer(text) if found.group(2) in schemas] \
        if schemas else []


def held_names(text: str) -> tuple[set[tuple[int, str]], list[int]]:
    """(the function, as the number of `def`s before it, name) of the names a statement binds to
    request data: a line binding a name and reading the request, or the line a statement closes on
    (`).parse(request.body)`) with the line at its indentation that opens it; and where the text's
    `def`s start (none looked for where no name is held). A FastAPI handler's parameter filled from the
    form, body or query is held in its function."""
    held: set[tuple[int, str]] = set()  # (the line, a name it binds)
    reads: list[int] = []  # where the lines reading the request start
    end = -1  # the end of the line tried last (the reads come in the text's order: each line is found once)
    for found in READS_REQUEST.finditer(text):
        if found.start() <= end:
            continue
        reads.append(found.start())
        newline = text.rfind("\n", end + 1, found.start())
        line = newline + 1 if newline >= 0 else end + 1
        end = text.find("\n", found.start())
        end = len(text) if end < 0 else end
        bound = _BINDS.match(text, line)
        head = text[line:found.start()]
        if bound is None and head.lstrip()[:1] in (")", "]", "}"):
            indent = head[:len(head) - len(head.lstrip())]
            at = line - 1
            for _ in range(_BACK):
                if at <= 0:
                    break
                start = text.rfind("\n", 0, at) + 1
                if text.startswith(indent, start) and text[start + len(indent):start + len(indent) + 1] not in " \t)]}":
                    bound = _BINDS.match(text, start)
                    break
                at = start - 1
        if bound is not None:
            held.update((line, name) for name in _NAME.findall(text, bound.start(1), bound.end()))
    if _may_fill_parameters(text):
        held.update((found.start(), found.group(1)) for found in _FORM_PARAMETER.finditer(text))
    if _may_take_schemas(text):
        held.update(_schema_parameters(text))
    if not held and not reads:
        return set(), []
    defs = list(_DEF.finditer(text))
    starts = [found.start() for found in defs]
    if reads and "(request" in text:
        held.update(_handed_request(text, defs, starts, reads))
    if not held:
        return set(), []
    scoped = {(bisect_right(starts, line), name) for line, name in held}
    return scoped | _items_of_held(text, scoped, starts), starts


def _items_of_held(text: str, held: set[tuple[int, str]], starts: list[int]) -> set[tuple[int, str]]:
    """(the function, name) of the names a function binds once, to an item of a name it holds request data in
    (`form = await request.form` then `url = form.get("url", "").strip()`, `name = data["name"]`): one step,
    not a value cast or checked first (`n = int(form["n"])`), nor a name the function binds again."""
    items, bound = set(), {}
    for found in _REBINDS.finditer(text):
        scope = bisect_right(starts, found.start())
        bound[(scope, found.group(1))] = bound.get((scope, found.group(1)), 0) + 1
        if found.group(2) is not None and (scope, found.group(2)) in held:
            items.add((scope, found.group(1)))
    return {item for item in items if bound[item] == 1}


def _handed_request(text: str, defs: list, starts: list[int], reads: list[int]) -> set[tuple[int, str]]:
    """(the line, the name) of each name bound to what one of the file's functions reading the request
    (at ``reads``) gives back when handed it (see _HANDED_REQUEST)."""
    readers = {defs[at - 1].group(1) for at in {bisect_right(starts, read) for read in reads} if at}
    return {(found.start(), found.group(1)) for found in _HANDED_REQUEST.finditer(text) if found.group(2) in readers}


def _arguments(text: str, start: int) -> str:
    """The text of a call's arguments from ``start`` (after its `(`): the rest of its line, or where the
    line ends there, the lines to the one closing the call at the call's indentation (within _CALL characters)."""
    end = text.find("\n", start, start + _CALL)
    if end < 0 or text[start:end].strip():
        return text[start:end if end >= 0 else start + _CALL]
    head = text[max(text.rfind("\n", max(0, start - _CALL), start) + 1, start - _CALL):start]
    close = text.find("\n" + head[:len(head) - len(head.lstrip())] + ")", end, start + _CALL)
    return text[end:close] if close >= 0 else ""
