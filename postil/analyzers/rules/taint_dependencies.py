"""FastAPI's dependencies, for the taint engine: a parameter declared `cb: Annotated[str,
Depends(get_callback_url)]` (or `= Depends(get_theme)`) is what the provider returns when FastAPI
calls it for the request; where the provider (a function of the file, or of a workspace module it
imports) returns request data, so does the parameter (`async def get_callback_url(request:
Request): return (await request.json()).get("callback", "")`)."""

from __future__ import annotations

import re

from postil.analyzers.rules.taint_values import Origin

# (a dependency named for the query it reads, `Depends(common_parameters)`, is a source of its own:
# see the request sources' route parameters)
_DEPENDS = re.compile(r"\b(?:Depends|Security)\(\s*(?:dependency\s*=\s*)?([A-Za-z_][\w.]*)\s*[,)]")


def provided(flow, param) -> Origin | None:
    """The request data a FastAPI dependency gives the parameter ``param`` (a node of the function
    ``flow``, a taint_flow.TaintFlow, follows): its provider's result's, where that is request data."""
    text = param.text()
    found = _DEPENDS.search(text) if "Depends(" in text or "Security(" in text else None
    if found is None:
        return None
    provider = found.group(1)
    helpers = flow.facts.helpers()
    summary = flow._summary(provider, helpers[provider]) if provider in helpers \
        else flow.facts.imported(provider, flow.spec)
    return summary.source if summary is not None else None
