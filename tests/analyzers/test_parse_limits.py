"""Python indented ~500 levels deep aborts tree-sitter's Python scanner, and with it the process
that parses it (ast-grep-py: the CLI run or the language server; the ast-grep CLI): such a file
is skipped with the reason, and the other files are checked. Both ways a check runs: in process
(few files) and through the ast-grep CLI (from 64 files). HTML nested past a bound likewise."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.parse_limits import MOST_INDENT_LEVELS, MOST_TAG_DEPTH, unparseable
from postil.config import LoadedConfig, PostilConfig

GOOD = "def evaluate(expr):\n    return eval(expr)\n"


def _nested(depth: int) -> str:
    """A function holding ``depth`` functions, each inside the last, one space deeper each."""
    lines = ["import os", "", "def view(q):"] + [" " * (i + 1) + f"def f{i}():" for i in range(depth)]
    return "\n".join([*lines, " " * (depth + 1) + "os.system('ls ' + q)"]) + "\n"


def test_python_nested_past_the_parsers_limit_is_not_read(tmp_path: Path):
    (tmp_path / "deep.py").write_text(_nested(600))
    checker = Checker(LoadedConfig(settings=PostilConfig(), path=None, root=tmp_path))
    report, text = checker.read(tmp_path / "deep.py")
    assert text is None
    assert report.skipped.startswith(f"indented more than {MOST_INDENT_LEVELS} levels deep")


def test_code_below_the_limit_and_other_languages_are_read():
    assert unparseable(_nested(MOST_INDENT_LEVELS - 2), "python") is None
    assert unparseable("x = [\n" + "".join(" " * i + f"{i},\n" for i in range(600)) + "]\n", "javascript") is None


@pytest.mark.parametrize("blank", [" ", "\t", " \t"], ids=["spaces", "tabs", "both"])
@pytest.mark.parametrize("deepest_first", [False, True], ids=["deepest last", "deepest on the first line"])
def test_indentation_of_spaces_or_tabs_is_measured_on_every_line(blank: str, deepest_first: bool):
    lines = [blank * (i + 1) + "x = 1" for i in range(MOST_INDENT_LEVELS + 100)]
    text = "\n".join(lines[::-1] if deepest_first else lines) + "\n"
    assert unparseable(text, "python") is not None
    # as many blanks inside lines (a long string, trailing spaces) are no indentation
    assert unparseable("".join(f"x{i} = '{' ' * 600}'\n" for i in range(MOST_INDENT_LEVELS + 100)), "python") is None


@pytest.mark.parametrize("clean_files", [0, 70], ids=["in process", "ast-grep CLI"])
def test_a_check_with_such_a_file_ends_and_reports_the_others(postil, tmp_path: Path, clean_files):
    (tmp_path / "deep.py").write_text(_nested(600))
    (tmp_path / "good.py").write_text(GOOD)
    for i in range(clean_files):
        (tmp_path / f"clean{i}.py").write_text(f"VALUE_{i} = {i}\n")
    done = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert done.code == 0, done.stderr
    assert "bulk scan with ast-grep failed" not in done.stderr  # not given to ast-grep's CLI, which it aborts
    assert {f["path"] for f in done.json["findings"]} == {"good.py"}
    [skipped] = done.json["summary"]["files_skipped"]
    assert skipped["path"].endswith("deep.py") and "levels deep" in skipped["reason"]


# HTML and the templates read as HTML: tree-sitter's HTML scanner carries its stack of open tags
# through every token, so N unclosed tags cost ~N² (an .ejs of 24,000 unclosed blocks: 10.6 s
# to parse, once in each step of a check that parses it)
UNCLOSED = {"page.ejs": "<% if (user) { %><div>\n", "page.hbs": "{{#if user}}<div>\n",
            "page.html": "<section>\n", "stray.html": "<div></b>\n",  # (a stray end tag closes nothing)
            "textarea.html": "<textarea><div>\n",  # (the parser nests tags inside a textarea)
            "alternate.html": "<li><p>item\n"}  # (a p inside an li, then an li: nested, not closed)


@pytest.mark.parametrize("name", sorted(UNCLOSED))
def test_tags_nested_past_the_bound_are_not_parsed(tmp_path: Path, name: str):
    (tmp_path / name).write_text(UNCLOSED[name] * 6_000)
    checker = Checker(LoadedConfig(settings=PostilConfig(), path=None, root=tmp_path))
    report, text = checker.read(tmp_path / name)
    assert text is None
    assert report.skipped.startswith(f"HTML tags nested more than {MOST_TAG_DEPTH} deep")


def test_pages_nesting_less_deep_are_parsed():
    closed = "<div class='row'><p>{{ name }}</p><br><img src=x /><!-- <div> --></div>\n" * 5_000
    implied = ("<ul>" + "<li>item\n" * 5_000 + "</ul>\n" + "<p>para\n" * 5_000  # (each closed by the next)
               + "<dl>" + "<dt>term<dd>definition\n" * 5_000 + "</dl><table>" + "<tr><td>a<td>b\n" * 5_000)
    script = "<script>" + "html += '<div>';\n" * 5_000 + "</script>\n"  # (a script's text holds no tags)
    nested = "<div>" * (MOST_TAG_DEPTH - 1) + "<span>x</span>" + "</div>" * (MOST_TAG_DEPTH - 1)
    for text in (closed, implied, script, nested, "{{#if a}}\n" * 20_000, " " * 400 + "div\n"):
        assert unparseable(text, "html") is None
    assert unparseable("<div>" * (MOST_TAG_DEPTH + 1), "html") is not None


@pytest.mark.parametrize("clean_files", [0, 70], ids=["in process", "ast-grep CLI"])
def test_a_check_with_a_deep_template_reports_it_skipped_and_the_others(postil, tmp_path: Path, clean_files):
    (tmp_path / "deep.ejs").write_text(UNCLOSED["page.ejs"] * 6_000 + "<p><%- user.bio %></p>\n")
    (tmp_path / "bio.ejs").write_text("<p><%- user.bio %></p>\n")
    for i in range(clean_files):
        (tmp_path / f"clean{i}.ejs").write_text(f"<p><%= name{i} %></p>\n")
    done = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert done.code == 0, done.stderr
    assert {f["path"] for f in done.json["findings"]} == {"bio.ejs"}
    [skipped] = done.json["summary"]["files_skipped"]
    assert skipped["path"].endswith("deep.ejs") and "HTML tags nested more than" in skipped["reason"]
