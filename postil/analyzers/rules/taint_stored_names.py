"""Fields a request stores on a row whose model no file near it declares, for taint_stored_fields
(Python): Mythic's view sets `operation.webhook = (request.json or {}).get("webhook")` (its models live
in a package the project imports) and a background task posts to `operation.webhook`; pritunl's sets
`settings.app.sso_saml_metadata_url = url` (`url` bound to the request's JSON in that function) and a
helper fetches `settings.app.sso_saml_metadata_url`. A number stored (`row.seats = int(request.POST["n"])`) is none.

With no declared model to say which fields hold text, the writer's own spelling is the key: a read is
request data only on the name the writer stored through (`operation.webhook`, not `op.webhook`; a
handler's `self.project.settings = ...` is `project.settings`), in a file near the writer. Not the
request's or a response's objects (`request.session.x = ...`, `response.body = ...`), nor a handler's
bare `self` (its state: taint_request_state). A function that sets the field itself reads what it set
(the writer's own flow, followed there; a constant set first), not the store; a module whose functions
take no argument is searched only where it reads through a name imported from a package (`settings.app.url`)."""

from __future__ import annotations

import re
from bisect import bisect_right

from postil.analyzers.rules.line_matches import line_matches, occurrences
from postil.analyzers.rules.taint_stored_writes import READS_REQUEST, held_names, takes_request

# `operation.webhook = ...`, `settings.app.sso_url = ...`, `self.project.settings = ...`: the receiver, the
# field and what is stored (one line)
_ASSIGNED = re.compile(r"^[ \t]*((?:self\.)?[a-z_]\w*(?:\.[a-z_]\w*)*)\.(\w+)[ \t]*=(?!=)[ \t]*([^\n]*)$", re.MULTILINE)
# a name stored, bare or an item of it (`url`, `data["url"]`, `data.get("url")`)
_HEAD = re.compile(r"([a-z_]\w*)[ \t]*(?:$|#|\[|\.get\()")
# `from pritunl import settings, utils` (one line; `as` names included) and a read `settings.app.url`
_FROM_IMPORT = re.compile(r"^from[ \t]+[\w.]+[ \t]+import[ \t]+([\w ,\t]+)$", re.MULTILINE)
_IMPORTED = re.compile(r"\w+")
_CHAIN = re.compile(r"(?<![\w.])([a-z_]\w*)\.[a-z_]\w*\.[a-z_]\w*")
_NUMBER = re.compile(r"(?:int|float|bool|len|Decimal|UUID|uuid\.UUID)\(")  # a number or a flag stored: no text
# receivers that are no stored row: the request, a response, a form or serializer being filled, the module's own
_NOT_ROWS = frozenset({"request", "req", "response", "resp", "res", "form", "serializer", "g", "ctx", "context",
                       "cls", "os", "sys", "logging", "logger", "log"})


def module_chains(text: str) -> bool:
    """Whether a module reads a field through a name it imports from a package (`settings.app.url` after
    `from pritunl import settings`): a dotted receiver a module's handler may have stored on."""
    imported = {name for found in line_matches(text, "from", _FROM_IMPORT)[0] for name in _IMPORTED.findall(found.group(1))}
    # (looked for where each name is read: a pattern opening with a lookbehind is tried at every position of the text)
    return any(_CHAIN.match(text, at) is not None for name in imported for at in occurrences(text, name + "."))


def stored_names(text: str) -> frozenset[tuple[str, str]]:
    """The (receiver as written, field) pairs one file's text assigns request data to on a name, not
    on `self` alone: the line reads the request, or stores a name the function bound to it (or an item of it)."""
    assigned = [(found.start(), receiver.removeprefix("self."), field, value)
                for found in _ASSIGNED.finditer(text) for receiver, field, value in [found.groups()]
                if receiver != "self" and receiver.removeprefix("self.").split(".")[0] not in _NOT_ROWS
                and not _NUMBER.match(value)]
    if not assigned or not takes_request(text):  # (most files store on no row: the names held are not needed)
        return frozenset()
    held, starts = held_names(text)
    stored: set[tuple[str, str]] = set()
    for start, receiver, field, value in assigned:
        head = _HEAD.match(value.strip())
        if READS_REQUEST.search(value) or head is not None and (bisect_right(starts, start), head.group(1)) in held:
            stored.add((receiver, field))
    return frozenset(stored)


def assigns_in_function(node, target: str, known: dict[tuple, bool]) -> bool:
    """Whether the function holding ``node`` assigns ``target`` (`record.name = ...` on a line of its
    own): its reads of that field are what it set (the writer's own, or a constant set first), not the store.
    ``known``: the answers so far, by function and target (one function's thousands of reads read its text once)."""
    function = next((parent for parent in node.ancestors() if parent.kind() == "function_definition"), None)
    if function is None:
        return False
    key = (function.range().start.index, function.range().end.index, target)
    if key not in known:
        known[key] = any(_assigns(line.lstrip(), target) for line in function.text().splitlines())
    return known[key]


def _assigns(line: str, target: str) -> bool:
    """Whether a line (its indent dropped) assigns ``target``: `target = ...`, not `target == ...`."""
    rest = line[len(target):].lstrip() if line.startswith(target) else ""
    return rest.startswith("=") and not rest.startswith("==")
