"""Definitions and call references for each supported language."""

from __future__ import annotations

import pytest

from postil.rag import symbols
from postil.rag.chunker import chunk_text

CASES = {
    "python": ("class Store:\n    def save(self):\n        return persist(self)\n\n\n@cached\ndef persist(x):\n    return x.flush()\n",
               {"Store", "save", "persist"}, {"persist", "flush", "cached"} - {"cached"}),
    "javascript": ("function persist(x) { return x.flush(); }\nconst save = (s) => persist(s);\nclass Store { save() { return persist(this); } }\n",
                   {"persist", "save", "Store"}, {"flush", "persist"}),
    "typescript": ("interface Saver { save(): void }\ntype Id = number;\nfunction persist(x: Store): number { return x.flush(); }\nclass Store { save(): number { return persist(this); } }\n",
                   {"Saver", "Id", "persist", "Store", "save"}, {"flush", "persist"}),
    "tsx": ("function View() { return <div>{format(1)}</div>; }\nfunction format(n: number) { return String(n); }\n",
            {"View", "format"}, {"format", "String"}),
    "go": ("package store\n\ntype Store struct{}\n\nfunc (s *Store) Save() error { return persist(s) }\n\nfunc persist(s *Store) error { return s.Flush() }\n",
           {"Store", "Save", "persist"}, {"persist", "Flush"}),
    "rust": ("struct Store;\nimpl Store {\n    fn save(&self) -> i32 { persist(self) }\n}\nfn persist(s: &Store) -> i32 { s.flush(); println!(\"x\"); 0 }\n",
             {"Store", "save", "persist"}, {"persist", "flush", "println"}),
    "java": ("class Store {\n  int save() { return persist(this); }\n  static int persist(Store s) { return s.flush(); }\n}\n",
             {"Store", "save", "persist"}, {"persist", "flush"}),
    "c": ("struct store { int n; };\nstatic int persist(struct store *s) { return flush(s); }\nint save(struct store *s) { return persist(s); }\n",
          {"store", "persist", "save"}, {"flush", "persist"}),
    "cpp": ("namespace db { class Store { public: int save(); }; }\nint db::Store::save() { return persist(this); }\nint persist(void *p) { return std::max(1, 2); }\n",
            {"db", "Store", "save", "persist"}, {"persist", "max"}),
    "ruby": ("module Db\n  class Store\n    def save\n      persist(self)\n    end\n  end\nend\ndef persist(s)\n  s.flush\nend\n",
             {"Db", "Store", "save", "persist"}, {"persist"}),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_definitions_and_references(language):
    text, want_defs, want_refs = CASES[language]
    _chunks, tree = chunk_text(text, "code", language)
    defs, refs = symbols.extract(tree, language)
    assert {d.name for d in defs} == want_defs
    assert want_refs <= {r.name for r in refs}


def test_definition_lines_and_decorators_belong_to_the_definition():
    text, _d, _r = CASES["python"]
    _chunks, tree = chunk_text(text, "code", "python")
    defs, refs = symbols.extract(tree, "python")
    persist = next(d for d in defs if d.name == "persist")
    assert (persist.start, persist.line, persist.end) == (6, 7, 8)  # starts at @cached, name on line 7
    call = next(r for r in refs if r.name == "persist")
    assert call.line == 3


def test_languages_without_queries_yield_nothing():
    _chunks, tree = chunk_text("fun main() { println(1) }\n", "code", "kotlin")
    assert symbols.extract(tree, "kotlin") == ([], [])
