"""A one-shot search splits only the names a query's words could describe (issue 34: splitting
every defined name of SQLAlchemy, ~6,700, was half of what `postil search` spent on names).
Counted, not timed; the ranking is the one the whole index gives."""

from __future__ import annotations

import sqlite3

from postil.rag import names


def catalog(rows: list[tuple[str, int]]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE defs (name TEXT, chunk INTEGER)")
    conn.executemany("INSERT INTO defs VALUES (?, ?)", rows)
    return conn


class Frequencies:
    """Document frequencies as the keyword index gives them: every sub-word in one chunk of 1,000."""

    def of(self, conn, parts, version):
        return {p: 1 for p in parts}, 1000


def test_a_search_splits_only_the_names_holding_its_words_letters(monkeypatch):
    rows = [(f"handler_{i}_queue", i) for i in range(2000)]
    rows += [("get_environ_proxies", 5000), ("get", 5001), ("environ", 5002), ("should_bypass_proxies", 5003)]
    rows += [("get", 6000 + i) for i in range(20)]  # defined too often to say anything
    split = []
    monkeypatch.setattr(names, "name_parts", lambda name: split.append(name) or names.split_identifier(name)[1:]
                        or names.split_identifier(name))
    index = names.NameIndex().load(catalog(rows), "g1")
    found = index.search(None, "get proxies from environment variables", (Frequencies(), "g1"))
    assert found[0] == (5000, "defines `get_environ_proxies`")
    assert dict(found).keys() == {5000, 5002}  # one word of a longer name, or a name defined 20 times: no
    assert sorted(split) == ["environ", "get_environ_proxies", "should_bypass_proxies"]
