"""Typing in one function of an open document leaves the rules that look beyond a function (a
call anywhere in the module, the module's text, sibling definitions) searching only what changed
(issue 31, item 9: no whole-file work per keystroke that can be kept), and what the editor shows
is still what a check of the whole text finds: a `defuse_stdlib()` typed in one function clears the
XML finding in another, a `# %%` typed above the first line clears a notebook's comparison, a view
renamed to a name another view has is reported (rules/unit_beyond.py). Counted, never timed."""

from __future__ import annotations

from postil.analyzers.rules.unit_scope import looks_beyond_unit
from tests.analyzers.rules.test_incremental import Document

XML, COMPARISON, DUPLICATE_VIEW = ("python/security/xml-stdlib-parser", "python/correctness/comparison-as-statement",
                                   "python/correctness/flask-duplicate-view-name")
VIEWS = '''import subprocess
import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)


@app.route("/a")
def parse_upload():
    data = request.get_data()
    return ET.fromstring(data)


@app.route("/b")
def other():
    name = "x"
    name == "y"
    return name


@app.route("/c")
def ping():
    host = request.args.get("host")
    subprocess.run(f"ping {host}", shell=True)
    return "ok"
'''


def _rules(findings) -> list[tuple[str, int]]:
    return [(f.rule, f.span.start_line + 1) for f in findings]


def _searched_whole(doc: Document) -> tuple[int, int]:
    """(how many rules that look beyond a unit the last check searched the whole text for, of how many)."""
    beyond = [r for r in doc.editor.ruleset.for_language("python") if looks_beyond_unit(r)]
    return doc.editor.document_rules(str(doc.path)).searched_whole, len(beyond)


def test_typing_in_a_function_searches_few_rules_over_the_whole_text(tmp_path):
    doc = Document(tmp_path, VIEWS)
    assert (XML, 12) in _rules(doc.check())
    doc.replace('    name = "x"\n', '    name = "x"\n    size = len(name)\n')
    searched, of = _searched_whole(doc)
    assert of > 20 and searched <= of // 3  # (every one of them, on every keystroke, before)
    assert doc.recomputed == (1, 3)
    for typed in range(2, 6):  # comments typed above the first line: no rule searches the whole text
        doc.text = f"# note {typed}\n" + doc.text
        doc.check()
        assert _searched_whole(doc)[0] <= of // 3


def test_what_one_function_types_changes_what_the_others_show(tmp_path):
    doc = Document(tmp_path, VIEWS)
    # a call anywhere in the module: the standard parsers are defused for the whole process
    findings = doc.replace('    name = "x"\n', '    defusedxml.defuse_stdlib()\n    name = "x"\n')
    assert XML not in dict(_rules(findings))
    findings = doc.replace('    defusedxml.defuse_stdlib()\n', "")
    assert (XML, 12) in _rules(findings)
    # the module's text: a notebook's cells (`# %%`) show their comparisons
    assert (COMPARISON, 18) in _rules(doc.check())
    findings = doc.replace("import subprocess\n", "# %%\nimport subprocess\n")
    assert COMPARISON not in dict(_rules(findings))
    findings = doc.replace("# %%\nimport subprocess\n", "import subprocess\n")
    assert (COMPARISON, 18) in _rules(findings)
    # a definition's siblings: two views of one name
    findings = doc.replace("def other():", "def ping():")
    assert (DUPLICATE_VIEW, 22) in _rules(findings)
    findings = doc.replace("def ping():\n    name", "def other():\n    name")
    assert DUPLICATE_VIEW not in dict(_rules(findings))


JOBS = '''import subprocess


class Jobs:
    """Jobs run for the reports."""

    def run(self, cmd):
        subprocess.run(cmd, shell=True)

    def keys(self):
        d = {}
        d["a"] = 1
        return d

    def close(self):
        return 0


def main():
    exit(1)
'''
USELESS = "python/correctness/useless-assignment"


def test_typing_in_a_method_searches_few_rules_over_the_whole_text_and_shows_what_a_whole_check_finds(tmp_path):
    doc = Document(tmp_path, JOBS)  # (each edit below is compared with a check of the whole text)
    findings = doc.replace('        d["a"] = 1\n', '        d["a"] = 1\n        size = len(d)\n')
    searched, of = _searched_whole(doc)
    assert of > 20 and searched <= of // 3  # (every one of them, on every keystroke in a method, before)
    assert USELESS not in dict(_rules(findings))
    findings = doc.replace("        size = len(d)\n", '        d["a"] = 2\n')  # a sibling the method's statements see
    assert (USELESS, 12) in _rules(findings)  # (its value overwritten at once)
    findings = doc.replace('        d["a"] = 2\n', "")
    assert USELESS not in dict(_rules(findings))
    doc.replace("        subprocess.run(cmd, shell=True)\n",
                '        subprocess.run(" ".join(cmd), shell=True)\n')  # a word a rule over the module needs
    doc.replace("    def keys(self):\n", "    def exit(self):\n")  # a method named as a builtin the module calls
    doc.replace("    def exit(self):\n", "    def keys(self):\n")
    doc.replace("        return 0\n", "        exit = print\n        return 0\n")  # a name bound in a method
    doc.replace("    def close(self):\n", "    def added(self):\n        return 1\n\n    def close(self):\n")  # parts move
    doc.replace("    def added(self):\n        return 1\n\n", "")
