"""One traversal of a parsed file for every search that is only node kinds (the taint
engine's own: functions, assignments, calls, conditions...), after a bulk scan of a short text:
ast-grep-py compiles each search and walks the tree for it (~10-35 us a small handler each), so
the kinds noted are found together, when the first of them is asked, and so is any later search
of kinds among them (a sanitizer's `kind: call`, its callee's regex checked by postil)."""

from __future__ import annotations

_KINDS: dict[int, tuple[dict, frozenset[str] | None]] = {}  # id(config) -> (config, see kinds_only)


def kinds_only(config: dict) -> frozenset[str] | None:
    """The node kinds a config matches when its rule is only kinds (`kind: call`, or `any`
    of kinds), None for any other config."""
    cached = _KINDS.get(id(config))
    if cached is None or cached[0] is not config:
        if len(_KINDS) >= 20_000:
            _KINDS.clear()
        rule = config.get("rule") if isinstance(config, dict) and set(config) == {"rule"} else None
        items = rule["any"] if isinstance(rule, dict) and set(rule) == {"any"} and isinstance(rule["any"], list) \
            else [rule]
        kinds = frozenset(item["kind"] for item in items) if items and all(
            isinstance(item, dict) and set(item) == {"kind"} and isinstance(item["kind"], str) for item in items) \
            else None
        cached = _KINDS[id(config)] = (config, kinds)
    return cached[1]


class KindsTraversal:
    """The searches of node kinds noted for one parsed file (``root``: its SgNode), found in one
    traversal: a node is a search's match when its kind is one of the search's, in document
    order, as that search's own find_all gives them."""

    def __init__(self, root) -> None:
        self.root = root
        self.pending: dict[str, frozenset[str]] = {}  # content key -> node kinds
        self._traversed: tuple[frozenset[str], list, list[str]] | None = None  # (kinds, nodes, their kinds)

    def traverse(self) -> dict[str, list]:
        """Content key -> matches of every search noted in ``pending`` (emptied), from one
        traversal; none for one alone (searched alone, on demand) or where ast-grep fails."""
        pending, self.pending = self.pending, {}
        if len(pending) < 2:
            return {}
        every = sorted(set().union(*pending.values()))
        try:
            nodes = self.root.find_all({"rule": {"any": [{"kind": kind} for kind in every]}})
        except BaseException as exc:  # pyo3 panics are BaseException subclasses: each alone, on demand
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            return {}
        kinds_of = [node.kind() for node in nodes]  # (asked once a node, not once a search)
        self._traversed = (frozenset(every), nodes, kinds_of)
        return {key: self.of(kinds) for key, kinds in pending.items()}

    def of(self, kinds: frozenset[str]) -> list | None:
        """The nodes of ``kinds`` the traversal found (None: it found not all of those kinds)."""
        if self._traversed is None or not kinds <= self._traversed[0]:
            return None
        _, nodes, kinds_of = self._traversed
        return [node for node, kind in zip(nodes, kinds_of, strict=True) if kind in kinds]

    def covers(self, kinds: frozenset[str]) -> bool:
        """Whether the searches noted and not yet traversed ask for every one of ``kinds``."""
        return bool(self.pending) and kinds <= frozenset().union(*self.pending.values())
