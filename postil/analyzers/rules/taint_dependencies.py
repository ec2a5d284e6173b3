"""FastAPI's dependencies (and NestJS's parameter decorators), for the taint engine: a parameter declared `cb: Annotated[str,
Depends(get_callback_url)]` (or `= Depends(get_theme)`) is what the provider returns when FastAPI
calls it for the request; where the provider (a function of the file, or of a workspace module it
imports) returns request data, so does the parameter (`async def get_callback_url(request:
Request): return (await request.json()).get("callback", "")`)."""

from __future__ import annotations

import re
from functools import lru_cache

from postil.analyzers.rules.taint_paths import span as _span
from postil.analyzers.rules.taint_values import Origin

# (a dependency named for the query it reads, `Depends(common_parameters)`, is a source of its own:
# see the request sources' route parameters)
_DEPENDS = re.compile(r"\b(?:Depends|Security)\(\s*(?:dependency\s*=\s*)?([A-Za-z_][\w.]*)\s*[,)]")


def provided(flow, param) -> Origin | bool | None:
    """The request data a FastAPI dependency gives the parameter ``param`` (a node of the function
    ``flow``, a taint_flow.TaintFlow, follows): its provider's result's, where that is request data;
    False for a dependency named elsewhere whose provider returns none (None: no dependency known)."""
    text = param.text()
    if text.startswith("@"):  # a NestJS parameter decorator the project made (`@Tenant() tenant`: see taint_context_stores)
        at = _span(param.field("pattern") or param)
        return next((origin for start, end, origin in flow.sources if (start, end) == at), None)
    found = _DEPENDS.search(text) if "Depends(" in text or "Security(" in text else None
    if found is None:
        named = _named(flow, param)
        return False if named is True else named
    provider = found.group(1)
    helpers = flow.facts.helpers()
    summary = flow._summary(provider, helpers[provider]) if provider in helpers \
        else flow.facts.imported(provider, flow.spec)
    return summary.source if summary is not None else None


def _named(flow, param) -> Origin | None | bool:
    """For a parameter whose default or type is a name (`tenant=TenantDep`, `user: CurrentUser`) bound
    to a dependency in the file or in a module it imports: its provider's request data (True: none);
    None where the name is no dependency the engine can see."""
    names = [n.text() for n in (param.field("value"), param.field("type")) if n is not None and _NAME.fullmatch(n.text())]
    facts = flow.facts
    if not names:
        return None
    key = ("fastapi dependencies",)  # (kept with the file's sources)
    if key not in facts.found_sources:
        facts.found_sources[key] = _bindings(facts.root.text())
    for name in names:
        bound = facts.found_sources[key].get(name)
        if bound is not None:
            helpers = facts.helpers()
            summary = flow._summary(bound, helpers[bound]) if bound in helpers else facts.imported(bound, flow.spec)
            return summary.source if summary is not None and summary.source is not None else True
        link = facts.link
        for local, imported, module, whole in link.workspace.graph.targets(link.path, link.text, "python") \
                if link is not None and link.path is not None else ():
            text = link.workspace.text(module)[0] if local == name and not whole else None
            bound = _bindings(text).get(imported or name) if text is not None else None
            if bound is not None:
                summary = link.workspace.summary(module, bound, flow.spec, facts.specs, link.depth)
                return summary.source if summary is not None and summary.source is not None else True
    return None


_NAME = re.compile(r"[A-Za-z_]\w*")
_BOUND = re.compile(r"^([A-Za-z_]\w*)\s*(?::[^=\n]*)?=\s*(?:Annotated\[[^\n]*?,\s*)?(?:Depends|Security)\(\s*"
                    r"(?:dependency\s*=\s*)?([A-Za-z_]\w*)\s*[,)]", re.MULTILINE)


@lru_cache(maxsize=256)
def _bindings(text: str) -> dict[str, str]:
    """Name -> provider of a module's `name = Depends(provider)` (`Annotated[T, Depends(provider)]`)."""
    return {m.group(1): m.group(2) for m in _BOUND.finditer(text)} if "Depends(" in text or "Security(" in text else {}


def imports_dependencies(workspace, path, text: str) -> bool:
    """Whether a Python file imports a name from a module of the project that binds FastAPI
    dependencies (`from .deps import CurrentUser`): its parameters may be what they provide."""
    return any(not whole and _bindings(module_text or "").get(imported or local) is not None
               for local, imported, module, whole in workspace.graph.targets(path, text, "python")
               for module_text in [workspace.text(module)[0]])
