"""File-system routes: in Next.js (`app/**/route.ts`, `pages/api/**`), Medusa (`src/api/**/route.ts`)
and SvelteKit (`src/routes/**/+server.ts`) a directory under the routes' root is a URL segment, so
`app/api/webhooks/test/route.ts` serves `/api/webhooks/test`: a deployed endpoint, not test code,
though the default test paths name every `test/` directory."""

from __future__ import annotations

import re

# a route module by its file name, and the directories file-system routers serve from
_ROUTE_MODULE = re.compile(r"^(route|\+server|\+page\.server|\+layout\.server)\.[cm]?[jt]sx?$")
_ROUTE_ROOTS = frozenset({"app", "api", "routes", "pages"})
_TEST_NAMES = frozenset({"test", "tests", "testing"})
_SEGMENT = "_segment_"


def as_served(relpath: str) -> str:
    """``relpath`` with the directories named like test code (`test/`, `tests/`, `testing/`) that are
    URL segments of a route module renamed (unchanged: no route module, or no such segment), so test
    paths still match the module's own name (`route.test.ts`) and any other test directory."""
    parts = relpath.split("/")
    name = parts[-1]
    served = _ROUTE_MODULE.match(name) is not None or any(
        parts[i] == "pages" and parts[i + 1] == "api" for i in range(len(parts) - 2))
    if not served or not _TEST_NAMES.intersection(parts[:-1]):
        return relpath
    root = next((i for i, part in enumerate(parts[:-1]) if part in _ROUTE_ROOTS), None)
    if root is None:
        return relpath
    return "/".join(_SEGMENT if root < i < len(parts) - 1 and part in _TEST_NAMES else part
                    for i, part in enumerate(parts))
