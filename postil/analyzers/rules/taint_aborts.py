"""Calls that leave a request by raising, for the taint engine: Flask's `abort(404)`, Koa's
`ctx.throw(400)`, and Next.js's `redirect('/admin')`, `permanentRedirect(...)` and `notFound()`
imported from `next/navigation` (SvelteKit's `redirect(303, '/')` and `error(404)` from
`@sveltejs/kit`), which throw: a statement that is one ends its path, an `if` whose body ends
with one leaves."""

from __future__ import annotations

import re
from collections.abc import Callable

_ALWAYS = (("abort", r"(\w+\.)*abort"), ("throw", r"ctx\.throw"))
# (the framework's import makes a bare `redirect(...)` its throwing one, not an app's own function)
# (`\b` then `from`, written `from` then `(?<!\wfrom)`: a pattern opening with `\b` is tried at every
# position of the text, ~90 us of each Flask view)
_NAVIGATION = re.compile(r"""from(?<!\wfrom)\s+['"](next/navigation|@sveltejs/kit)['"]""")
_THROWING = (("redirect", "redirect"), ("permanentRedirect", "permanentRedirect"), ("notFound", "notFound"), ("error", "error"))


def aborting_calls(text: str) -> list[tuple[str, str]]:
    """(name, a regex of the callee) of the calls that raise in a file's ``text`` (a name it does not
    hold is left out)."""
    calls = _ALWAYS + (_THROWING if _NAVIGATION.search(text) is not None else ())
    return [(name, callee) for name, callee in calls if name in text]


def aborts(statement_text: str, file_text: Callable[[], str]) -> bool:
    """Whether a statement's text is a call that raises (see aborting_calls); ``file_text`` gives the
    file's text, asked only for a call named as a framework's throwing one."""
    if any(re.match(rf"{callee}\(", statement_text) for _, callee in _ALWAYS):
        return True
    return any(re.match(rf"{callee}\(", statement_text) for _, callee in _THROWING) \
        and _NAVIGATION.search(file_text()) is not None
