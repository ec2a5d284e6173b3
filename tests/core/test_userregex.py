"""Patterns from a repository run on RE2 and mean what they mean to ast-grep (issue 30, item 5).

ast-grep reads a rule's regexes with Rust's engine; postil checks constraints, taint parameter
names and redaction patterns itself, on RE2. Where both run, a pattern must match the same
text in both: compared here against ast-grep itself, character by character and on patterns
whose syntax the two engines read differently."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml
from ast_grep_py import SgRoot

from postil.analyzers.rules.loader import BUILTIN_PACK_DIRS, rule_files
from postil.core.userregex import UserRegexError, as_ast_grep_reads, compile_pattern


def _ast_grep_matches(pattern: str, texts: list[str]) -> set[str]:
    """The texts ast-grep's ``regex`` matches, each a Python string's content."""
    source = "x = [\n" + "".join(f'"{t}",\n' for t in texts) + "]\n"
    root = SgRoot(source, "python").root()
    return {n.text() for n in root.find_all({"rule": {"kind": "string_content", "regex": pattern}})}


# characters a Python string literal cannot hold as they are, or that end a line
_UNQUOTABLE = {'"', "\\", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x00"}


@pytest.mark.slow
@pytest.mark.parametrize("pattern", [r"^\w$", r"^\d$", r"^\s$", r"^\W$", r"^\S$", r"^[^\w]$", r"^[\w.]$",
                                     r"(?i)^k$", r"(?i)^ß$", r"^\pL$", r"^[^\d\s]$", r"^\p{Nd}$"])
def test_classes_match_the_characters_ast_grep_matches_on_every_assigned_code_point(pattern):
    chars = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) not in ("Cn", "Cs")
             and chr(c) not in _UNQUOTABLE]
    program = as_ast_grep_reads(pattern, ascii_text=False)
    assert program is not None
    expected = _ast_grep_matches(pattern, chars)
    assert expected and {c for c in chars if program.found(c)} == expected


TEXTS = ["foo", "foo_bar", "Foo", "é", "éa", "x é y", "a[b", "ab]", "<a", "a b", "K", "\u212a", "ſ", "S",
         "١٢", "12", "a{2}", "aa", "a\tb", "café", "naïve x", "$x", "x.y", "-", "]", "straße", "STRASSE"]
PATTERNS = [r"^\w+$", r"\bfoo\b", r"(?-u:\b)x", r"^\d+$", r"[a[b]]", r"\<a", r"a{2}", r"(?i)k", r"(?i)s",
            r"^[^\n]+$", r"\x{e9}", r"\u00e9", r"[[:alpha:]]+", r"(?i)straße", r"^\S+$", r"[^\W\d]", r"\$x",
            r"x\.y", r"[]a]", r"[a-]", r"(?s)a.b", r"(?m)^b", r"(?U)a+", r"(?P<n>a)(?:b)", r"(?<n>a)", r"^$",
            r"[\d-]", r"\p{Greek}", r"(?x) a b", r"[\w&&\d]", r"\Aa\z"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_where_re2_can_read_a_pattern_as_ast_grep_does_it_matches_the_same_texts(pattern):
    """A pattern RE2 cannot read alike (None) is left to ast-grep; every other one agrees."""
    for ascii_text, texts in ((True, [t for t in TEXTS if t.isascii()]), (False, TEXTS)):
        program = as_ast_grep_reads(pattern, ascii_text)
        if program is not None:
            assert {t for t in texts if program.found(t)} == _ast_grep_matches(pattern, texts), (pattern, ascii_text)


def _regexes(value, keys=("regex", "name", "not-name", "unless")):
    if isinstance(value, dict):
        for key, item in value.items():
            if key in keys and isinstance(item, str):
                yield key, item
            else:
                yield from _regexes(item, keys)
    elif isinstance(value, list):
        for item in value:
            yield from _regexes(item, keys)


def test_every_bundled_regex_is_read_by_re2():
    """Rules' `regex` and constraints (ASCII text; with `\\b` on other text ast-grep decides), and
    taint parameters' `name`, `not-name` and `unless` (postil runs those alone)."""
    found = [(path, key, pattern) for directory in BUILTIN_PACK_DIRS for path in rule_files(directory)
             for doc in yaml.safe_load_all(Path(path).read_text(encoding="utf-8")) for key, pattern in _regexes(doc)]
    assert len(found) > 500
    refused = [(path.name, key, pattern) for path, key, pattern in found if not _read(key, pattern)]
    assert refused == []


def _read(key: str, pattern: str) -> bool:
    if key == "regex":
        return as_ast_grep_reads(pattern, ascii_text=True) is not None
    try:
        compile_pattern(pattern.replace("{name}", "x"))
    except UserRegexError:
        return False
    return True


@pytest.mark.parametrize("pattern, why", [
    (r"^(?!self$)", "look-around"), (r"(?<=a)b", "look-around"), (r"(a)\1", "back-reference"),
    (r"[a[b]]", "class inside a class"), (r"\<a", r"\<"), (r"(?x) a", "(?x"), (r"\p{Greek}", "general categories"),
    (r"a{5000}", "larger than 1000"), (r"[\w&&a]", "&&"), ("(", "missing )"),
])
def test_a_pattern_postil_cannot_run_alike_is_refused_naming_the_construct(pattern, why):
    with pytest.raises(UserRegexError) as refused:
        compile_pattern(pattern)
    assert why in str(refused.value)


def test_catastrophic_patterns_take_linear_time_in_the_text():
    """Exponential in Python's `re` on 40 characters; here a megabyte answers within a wide bound
    (counted: one search per pattern over the whole text)."""
    import time

    text = "a" * 1_000_000 + "!"
    started = time.monotonic()
    found = [compile_pattern(pattern).found(text) for pattern in (r"(a+)+$", r"(a|aa)*b", r"(\w+\s?)*$", r"^(a|a?)+$")]
    assert found == [False, False, True, False]  # `(\w+\s?)*$` matches the empty string at the end
    assert time.monotonic() - started < 30
