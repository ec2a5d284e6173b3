"""In a long file, the rules' questions about the whole file (see far_clauses) are answered together:
one shared traversal asks every config's questions, the next searches the configs so settled. Asked
a config at a time, each cost a walk of the file per question and one more for the settled config
(SQLAlchemy's lib/: +0.5 G over not settling at all). Matches stay ast-grep's own."""

from __future__ import annotations

from ast_grep_py import SgRoot

from postil.analyzers.rules.search import SharedSearch


def _module_has(kind: str, regex: str) -> dict:
    return {"stopBy": "end", "kind": "module", "has": {"stopBy": "end", "kind": kind, "regex": regex}}


CONFIGS = [
    # the file imports sqlite3: holds everywhere
    {"rule": {"pattern": "db.execute($Q)", "inside": _module_has("import_statement", "sqlite3")}},
    # no psycopg import: holds nowhere
    {"rule": {"pattern": "db.execute($Q)", "inside": _module_has("import_statement", "psycopg")}},
    # an assignment to the query's name somewhere: depends on the call (asked at the one there is)
    {"rule": {"all": [{"pattern": "db.execute($Q if value else other_1)"}, {"inside": {"stopBy": "end", "kind": "module", "has": {
        "stopBy": "end", "kind": "assignment", "has": {"field": "left", "pattern": "$Q"}}}}]}},
    # an enclosing function naming `never`: there is none
    {"rule": {"kind": "call", "inside": {"stopBy": "end", "kind": "function_definition",
                                         "has": {"stopBy": "end", "kind": "identifier", "regex": "^never$"}}}},
    # an enclosing function calling `audit`: some
    {"rule": {"kind": "call", "regex": "^db", "inside": {
        "stopBy": "end", "kind": "function_definition",
        "has": {"stopBy": "end", "kind": "call", "regex": "^audit\\("}}}},
    # children of the module only: a top-level `query = ...`
    {"rule": {"pattern": "db.execute($Q)", "inside": {"stopBy": "end", "kind": "module", "has": {
        "kind": "expression_statement", "regex": "^query ="}}}},
]


def _text() -> str:
    """A module past the size where questions are answered once a file (search._FAR_ONCE)."""
    functions = "".join(
        f"def handler_{i}(db, value):\n    q{i} = 'SELECT * FROM t WHERE id = ?'\n"
        + ("    audit(value)\n" if i % 7 == 0 else "")
        + f"    rows = db.execute(q{i} if value else other_{i})\n    return [r for r in rows if r] + [value] * {i}\n\n"
        for i in range(420))
    return "import sqlite3\nquery = 'SELECT 1'\n\n" + functions


class CountingRoot:
    """A real SgNode whose searches (each a walk of the file at least) are counted."""

    def __init__(self, root) -> None:
        self.root = root
        self.searches = 0

    def find_all(self, config=None, **rule):
        self.searches += 1
        return self.root.find_all(config, **rule) if config is not None else self.root.find_all(**rule)

    def find(self, config=None, **rule):
        self.searches += 1
        return self.root.find(config, **rule) if config is not None else self.root.find(**rule)

    def matches(self, **rule):
        self.searches += 1
        return self.root.matches(**rule)

    def text(self) -> str:
        return self.root.text()

    def kind(self) -> str:
        return self.root.kind()


def _spans(nodes) -> list[tuple[int, int]]:
    return [(n.range().start.index, n.range().end.index) for n in nodes]


def test_a_long_file_settles_its_configs_in_three_traversals_and_matches_as_ast_grep_does():
    text = _text()
    assert len(text) > 64 * 1024
    root = CountingRoot(SgRoot(text, "python").root())
    search = SharedSearch(root, "python", True, CONFIGS)
    found = [_spans(search.find(config)) for config in CONFIGS]
    assert root.searches <= 3, root.searches  # (a config at a time: 1 + 2 to 3 a config with candidates)
    # (the config that holds nowhere is left out: ast-grep walks the file at each of its calls)
    assert [spans for i, spans in enumerate(found) if i != 1] \
        == [_spans(root.root.find_all(config)) for i, config in enumerate(CONFIGS) if i != 1]
    assert [len(spans) for spans in found] == [420, 0, 1, 0, 60, 420]
