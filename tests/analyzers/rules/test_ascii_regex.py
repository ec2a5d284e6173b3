"""Rule regexes as they read ASCII text (rules/ascii_regex.py): what a bulk scan sends for an
ASCII file matches where the rule as written does, and compiles in a fraction of ast-grep's
time; a file with other characters gets the rule as written."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml
from ast_grep_py import SgRoot

from postil.analyzers.rules import bulk, bulk_documents
from postil.analyzers.rules.ascii_regex import ascii_twin, for_ascii_text
from postil.analyzers.rules.builtin_packs import every_builtin_rule
from postil.analyzers.rules.loader import build_rule

PACK_TESTS = Path(bulk.__file__).parent / "packs" / "rule-tests"

# constructs whose Unicode and ASCII readings could part, each with texts that tell them apart
TRICKY = [
    (r"(?i)[^a]x", ["ax", "Ax", "bx", "Kx"]),
    (r"(?i)[^\x{212A}]", ["k", "K", "a"]),  # KELVIN SIGN folds to k and K
    (r"(?i)[\x{17F}]+", ["s", "S", "x"]),  # LONG S folds to s and S
    (r"a.b", ["a\nb", "a b", "ab"]),
    (r"(a(?s).b)|c.d", ["a\nb", "c\nd", "cxd"]),
    (r"(?s:a.b)c.d", ["a\nbc\nd", "a\nbcxd"]),
    (r"^\W+\S\D$", ["  x_", "..a9", "..ab"]),
    (r"[^]x]+", ["]]", "ab"]),
    (r"\bis\b|\Bin\B", ["is", "this", "tint", "in"]),
    (r"(?P<name>\w+)\s*=\s*\d", ["a = 1", "a=", " = 2"]),
    (r"[\w.-]+@[\s\S]", ["a.b-c@\n", "@x"]),
    (r"[^\s,]+,", ["a,", " ,", "ab ,"]),
    (r"(?-u:\b)select(?-u:\b)", ["select x", "selects"]),
    (r"x{2,3}[^-\d]", ["xxa", "xx-", "xx1"]),
]
REFUSED = [r"(?x) a b", r"\p{L}+", r"[a[b]]", r"[a&&b]", r"[a--b]", r"(a)\1", r"(?R)a$", r"[\p{L}x]"]


def _matches(pattern: str, texts: list[str] | tuple[str, ...]) -> list[str]:
    """Which of ``texts`` ast-grep's regex matches (each a Python string's content)."""
    return [node.text() for node in _root(tuple(texts)).find_all(kind="string_content", regex=pattern)]


@lru_cache(maxsize=8)
def _root(texts: tuple[str, ...]):
    source = "x = [\n" + "".join(f"    '''{text}''',\n" for text in texts) + "]\n"
    return SgRoot(source, "python").root()


@pytest.mark.parametrize(("pattern", "texts"), TRICKY)
def test_a_tricky_construct_matches_on_ascii_text_as_written(pattern, texts):
    translated = for_ascii_text(pattern)
    assert translated is not None
    assert _matches(translated, texts) == _matches(pattern, texts)


# texts with characters past ASCII, each told apart by some class
WIDE = ["données.execute(q)", "“quoted”", "a\u00a0b", "\u212a", "\u017f", "ÉTÉ été", "x→y", "٣", "ǅ", "İi"]


@pytest.mark.parametrize(("pattern", "texts"), TRICKY + [(r"[^,]+|\w+|\s|\d", []), (r"(?i)[^é]+", []),
                                                       (r"(?-u:\w)+", []), (r"\bt\b", [])])
def test_a_tricky_construct_matches_as_written_on_text_of_the_characters_it_is_given(pattern, texts):
    texts = [*texts, *WIDE, *(f"{a} {b}" for a, b in zip(WIDE, texts))]
    extra = frozenset(c for text in texts for c in text if not c.isascii())
    translated = for_ascii_text(pattern, extra)  # (None: userregex cannot spell a class for these, `[\S]`)
    assert translated is None or _matches(translated, texts) == _matches(pattern, texts)


@pytest.mark.parametrize("pattern", REFUSED)
def test_what_is_not_modelled_is_left_as_written(pattern):
    assert for_ascii_text(pattern) is None
    doc = {"id": "r", "language": "python", "rule": {"kind": "identifier", "regex": pattern}}
    assert ascii_twin(doc) is None


def _regexes(document: dict) -> set[str]:
    """Every ``regex`` of a rule document (its taint configs' too)."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "regex" and isinstance(item, str):
                    found.add(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk({k: v for k, v in document.items() if k not in ("message", "note", "fix", "transform")})
    return found


def _cases() -> dict[str, tuple[str, ...]]:
    """Each rule's test cases in the packs (the code it is written for): every case and every
    line of one, as Python strings hold them."""
    cases: dict[str, set[str]] = {}
    for path in [*PACK_TESTS.glob("*.yml"), *PACK_TESTS.parent.joinpath("taint-tests").glob("*.yml")]:
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            for case in [*(doc or {}).get("valid", []), *(doc or {}).get("invalid", [])]:
                cases.setdefault(doc["id"], set()).update([case, *case.splitlines()])
    return {rule_id: tuple(sorted(t for t in texts if t.isascii() and "\\" not in t and "'''" not in t
                                  and not t.endswith("'"))) for rule_id, texts in cases.items()}


def test_every_pack_regex_matches_its_rule_s_test_code_as_written():
    cases, tried, parted, refused = _cases(), 0, [], []
    for rule in every_builtin_rule():
        for pattern in _regexes(rule.document):
            translated = for_ascii_text(pattern)
            if translated is None:
                refused.append(pattern)
            elif rule.id in cases:
                tried += 1
                if _matches(translated, cases[rule.id]) != _matches(pattern, cases[rule.id]):
                    parted.append((rule.id, pattern))
    assert parted == []
    assert tried > 1000 and len(refused) <= tried // 50  # the packs' syntax is modelled


def _rule(pattern: str):
    return build_rule({"id": "test/dotted-execute", "language": "python", "severity": "warning",
                       "message": "execute on a dotted name",
                       "rule": {"kind": "call", "regex": pattern}}, "test.yml")


def test_a_rule_goes_as_its_twin_for_the_characters_its_files_hold(tmp_path):
    pattern = r"^[\w.]+\.execute\("
    rule = _rule(pattern)
    plain, accented = tmp_path / "plain.py", tmp_path / "accented.py"
    plain.write_text("cursor.execute(q)\n", encoding="utf-8")
    accented.write_text("données.execute(q)\n", encoding="utf-8")
    docs = bulk_documents.scan_documents([rule], {"python"})
    [alone] = bulk._narrowed(docs, [str(plain)])[0]
    assert alone["rule"]["regex"] == for_ascii_text(pattern) != pattern
    [both] = bulk._narrowed(docs, [str(plain), str(accented)])[0]  # \w holds é: a member of the twin's class
    assert both["rule"]["regex"] == for_ascii_text(pattern, frozenset("é")) != pattern
    if bulk.ast_grep_binary() is None:
        return
    for files in ([plain], [plain, accented]):  # reported under the rule's own id either way
        found = bulk.scan([rule], files)
        assert {path.name: [r["ruleId"] for r in records] for path, records in found.items()} == {
            path.name: ["test/dotted-execute"] for path in files}



def test_a_new_run_reads_the_twins_regexes_kept_instead_of_translating_them(tmp_path, monkeypatch):
    """What a bulk scan's pre-pass translates for ast-grep (before ast-grep can start) is kept in
    the user's cache: a later run, a new process, translates no regex again and sends the same
    documents; one whose files hold other characters past ASCII translates for those alone."""
    from postil.analyzers.rules import ascii_regex

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    pattern = r"^[\w.]+\.execute\("
    files = {name: tmp_path / f"{name}.py" for name in ("plain", "accented", "other")}
    for name, text in (("plain", "cursor.execute(q)\n"), ("accented", "données.execute(q)\n"),
                       ("other", "ñame.execute(q)\n")):
        files[name].write_text(text, encoding="utf-8")
    twin = for_ascii_text(pattern)
    translated: list[frozenset[str]] = []
    real = ascii_regex._translated
    monkeypatch.setattr(ascii_regex, "_translated", lambda p, extra: translated.append(extra) or real(p, extra))

    def run(*names: str) -> list[dict]:
        ascii_regex._TRANSLATED.clear()  # (what a new process holds)
        translated.clear()
        documents = bulk_documents.scan_documents([_rule(pattern)], {"python"})
        return bulk._narrowed(documents, [str(files[n]) for n in names])[0]

    assert [doc["rule"]["regex"] for doc in run("plain")] == [twin] and translated == [frozenset()]
    both = run("plain", "accented")
    assert translated == [frozenset("é")]  # (ASCII and é: one translation for both files)
    assert run("plain", "accented") == both and translated == []
    assert run("plain") and translated == []
    run("plain", "other")
    assert translated == [frozenset("ñ")]
