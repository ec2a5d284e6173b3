"""Regular expressions are compiled from the code an earlier run kept (issue 34: ~170 patterns,
~25 ms CPU of every check's start-up, parsed again on each run): a new run parses none of the
patterns an earlier one compiled and matches exactly as they do; kept code the regex engine
refuses, or kept in a file others may write, is compiled again."""

from __future__ import annotations

import re
from re import _compiler, _parser

import pytest

from postil.core import kept_code, regex_code

PATTERNS = [(r"(?P<key>[A-Za-z_]\w*)\s*=\s*(?P<q>['\"])(?P<v>.*?)(?P=q) #kept-code-test", re.VERBOSE),
            (r"^\s*#.*$(?#kept-code-test)", re.MULTILINE),
            (r"(?<![\w-])noqa(?::\s*(?P<ids>[A-Z]+\d+))?(?#kept-code-test)", re.IGNORECASE),
            (r"caf\u00e9|na\u00efve(?#kept-code-test)", 0), (rb"\x1b\[[0-9;]*m(?#kept-code-test)", 0),
            (r"(a|b)*?c{2,5}(?=d)(?#kept-code-test)", re.DOTALL)]
TEXTS = ["token = 'abc'\n# note\nx = 1  # NOQA: E501", "CAFE na\u00efve caf\u00e9", "abbaccccd aacc\n", "\x1b[31mred\x1b[0m"]


@pytest.fixture
def new_run(tmp_path, monkeypatch):
    """``run()``: what a new process with regex_code installed compiles and matches: (the
    patterns re parsed, every match); its kept code is saved after it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    engine = _compiler._sre
    original = regex_code._installed._compile if isinstance(engine, regex_code._Engine) else _compiler.compile
    engine = engine._engine if isinstance(engine, regex_code._Engine) else engine
    parsed = []
    parse = _parser.parse
    monkeypatch.setattr(_parser, "parse", lambda *a, **k: parsed.append(a[0]) or parse(*a, **k))

    def run() -> tuple[list, list]:
        re.purge()
        parsed.clear()
        monkeypatch.setattr(regex_code, "_installed", None)
        monkeypatch.setattr(_compiler, "compile", original)
        monkeypatch.setattr(_compiler, "_sre", engine)
        regex_code.install()
        results = []
        for pattern, flags in PATTERNS:
            compiled = re.compile(pattern, flags)
            for text in TEXTS:
                text = text.encode("latin-1", "replace") if isinstance(pattern, bytes) else text
                results.append([(m.span(), m.groupdict(), m.groups()) for m in compiled.finditer(text)])
            results.append((compiled.flags, compiled.groups, dict(compiled.groupindex)))
        regex_code.save()
        return [p for p, _ in PATTERNS if p in parsed], results

    yield run
    re.purge()


def test_a_new_run_parses_no_pattern_an_earlier_one_compiled_and_matches_the_same(new_run):
    parsed, first = new_run()
    assert len(parsed) == len(PATTERNS)  # nothing was kept yet
    parsed, second = new_run()
    assert parsed == []
    assert second == first


def test_kept_code_the_engine_refuses_or_others_may_write_is_compiled_again(new_run):
    _, first = new_run()
    kept = kept_code.load(regex_code.KIND)
    kept_code.save(regex_code.KIND, {key: (flags, [1, 2, 3, 99999], groups, names, index)
                                     for key, (flags, code, groups, names, index) in kept.items()})
    parsed, broken = new_run()
    assert len(parsed) == len(PATTERNS) and broken == first
    assert new_run()[0] == []  # the run that met invalid code kept good code again
    kept_code.cache_file(regex_code.KIND).chmod(0o664)
    assert len(new_run()[0]) == len(PATTERNS)
