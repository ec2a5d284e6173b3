"""The shared search (rules/search.py) gives each rule exactly what ast-grep gives it alone:
the same nodes, in the same order, with the same metavariables, for every built-in rule and
every taint matcher, on ASCII and non-ASCII text; and regexes rewritten for ASCII text
match as the originals do there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ast_grep_py import SgRoot

from postil.analyzers.rules.engine import RuleSet
from postil.analyzers.rules.loader import builtin_rules
from postil.analyzers.rules.search import SharedSearch, ascii_regex

pytestmark = pytest.mark.slow  # CLI subprocesses, servers or real repositories

CORPORA = Path(__file__).resolve().parents[3] / "bench" / "corpora"
SAMPLES = {
    "python": ["corpus/python-security/aiohttp_gateway.py", "fresh/taint-python/cgi_tools.py",
               "fresh/taint-python/django_views.py", "fresh/taint-python/fastapi_app.py"],
    "javascript": ["fresh/taint-javascript/express_app.js", "fresh/taint-javascript/koa_app.js"],
}
_NAMES = re.compile(r"\$\$?\$?([A-Z][A-Z0-9_]*)")


def _configs(language: str) -> list[dict]:
    rules = RuleSet.of(builtin_rules()[0]).for_language(language)
    configs = [r.config for r in rules if r.taint is None]
    for rule in rules:
        if rule.taint is not None:
            spec = rule.taint
            configs += [m.config for m in (*spec.sources, *spec.sinks, *spec.sanitizers, *spec.propagators, *spec.guards)]
    return configs


def _seen(match, config: dict) -> tuple:
    """A match as comparable data: its span, kind and every metavariable the config names."""
    names = sorted(set(_NAMES.findall(repr(config))))
    bound = []
    for name in names:
        single = match.get_match(name)
        bound.append((name, single.text() if single is not None else None,
                      tuple(n.text() for n in match.get_multiple_matches(name))))
    r = match.range()
    return r.start.index, r.end.index, match.kind(), tuple(bound)


@pytest.mark.parametrize("non_ascii", [False, True], ids=["ascii", "non-ascii"])
@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_every_config_finds_what_it_finds_alone(language, non_ascii):
    configs = _configs(language)
    for sample in SAMPLES[language]:
        text = (CORPORA / sample).read_text(encoding="utf-8")
        if non_ascii:
            text += "\n# ünïcode ✓\n" if language == "python" else "\n// ünïcode ✓\n"
        root = SgRoot(text, language).root()
        search = SharedSearch(root, language, text.isascii(), configs)
        for config in configs:
            alone = [_seen(m, config) for m in root.find_all(config)]
            assert [_seen(m, config) for m in search.find(config)] == alone, (sample, config)


def test_rules_matching_the_same_node_each_get_it_with_their_own_metavariables():
    configs = [{"rule": {"pattern": "$F($X)"}}, {"rule": {"pattern": "eval($X)"}},
               {"rule": {"pattern": "$F($$$A)"}, "constraints": {"F": {"regex": "^eval$"}}},
               {"rule": {"kind": "call", "has": {"field": "function", "regex": r"^\w+$"}}},
               {"rule": {"regex": r"^\+$"}},  # an unnamed node
               {"rule": {"pattern": "$F($X)"}, "transform": {"Y": {"substring": {"source": "$X", "startChar": 1}}}}]
    text = "eval(x)\nprint(a, b)\ny = 1 + 2\n"
    root = SgRoot(text, "python").root()
    search = SharedSearch(root, "python", True, configs)
    for config in configs:
        assert [_seen(m, config) for m in search.find(config)] == [_seen(m, config) for m in root.find_all(config)]


@pytest.mark.parametrize("regex, samples", [
    (r"^(\w+\.)*\w*jwt\.decode$", ["jwt.decode", "a.b_jwt.decode", "x.jwt.decodes", "jwt decode"]),
    (r"\bnot\s+in\b", ["a not in b", "a not  in b", "anot in b", "not\tin"]),
    (r"[\w.]+\(\s*\d+", ["f( 12", "a.b(3", "f(x", "(1"]),
    (r"^\S+\W\D$", ["ab-c", "a b", "ab-1", "x!y"]),
    (r"[]\w-]+", ["]a-", "--", ""]),
    (r"^a.b[^,]+$", ["axb,c", "a\nbc", "a-bcd", "ab,"]),
    (r"[^]x]y.", ["]y1", "xy2", "zy\n", "zy3"]),
])
def test_ascii_regex_matches_as_the_original_on_ascii_text(regex, samples):
    rewritten = ascii_regex(regex)
    assert "\\w" not in rewritten and "\\s" not in rewritten
    for sample in samples:
        python_form = rewritten.replace("(?-u:\\b)", "\\b").replace("\\x{80}-\\x{10FFFF}", "\\x80-\\U0010ffff")
        assert bool(re.search(regex, sample, re.ASCII)) == bool(re.search(python_form, sample)), sample


@pytest.mark.parametrize("regex", [r"(?x) \w+ # words", r"[^\W\d]", r"\\w", r"[[:alpha:]", r"(?s)a.b", r"(?-u)a.b",
                                   r"[^a&&b]"])
def test_ascii_regex_leaves_what_it_cannot_rewrite_exactly(regex):
    assert ascii_regex(regex) == regex


@pytest.mark.parametrize("regex", [r"(?i)<script\b[^>]*>", r'(?i)^"s.k"$', r'(?i)^"\S+"$', r'(?i)^"\D+"$',
                                   r"(?i:script)[^>]*>"])
def test_ascii_regex_matches_as_ast_grep_does_case_insensitively(regex):
    # With (?i), ast-grep folds the added non-ASCII range onto `s` and `k` (U+017F, U+212A): a
    # rewritten `[^>]` or `.` then skipped every `s` and `k` ("<script ...>" went unmatched).
    samples = ["<script src=a.js>", "<SCRIPT type=k>", "sak", "SSK", "kiss", "desk", "<b>"]
    root = SgRoot("\n".join(f'x = "{s}"' for s in samples), "python").root()

    def hits(r: str) -> list[str]:
        return [n.text() for n in root.find_all({"rule": {"kind": "string", "regex": r}})]

    assert hits(regex), regex  # the case is one the original matches
    assert hits(ascii_regex(regex)) == hits(regex)
