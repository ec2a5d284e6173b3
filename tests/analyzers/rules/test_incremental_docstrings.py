"""Typing in a docstring costs no more than typing in plain prose (issue 31, item 9): a docstring
names calls a rule looks for (`open`, `execute`, `eval`), and when they counted as the rule's words the
taint rules of those calls were searched again on every keystroke there. They are searched only where
the code holds their words (rules/unit_docstrings.py), and what the editor shows after each edit is
still what a check of the whole text finds: a flow typed into the code is reported and goes when it is
taken out, one written in a docstring never is. Counted (the rules a check searches), never timed."""

from __future__ import annotations

from tests.analyzers.rules.test_incremental import Document

CODE = "python/security/tainted-code"
PLAIN = "Return the rows of the report, newest first."
WORDY = ("Open the file, execute the query through text() and cursor.execute, eval the filter, "
         "subprocess.run the hook, pickle.loads the cache, yaml.load the config, send_file it, "
         "redirect to the URL, render_template_string the page and requests.get the feed.")
SOURCE = '''import os
import subprocess

import requests


class Reports:
    """Reports kept between requests."""

    def rows(self, limit):
        """{doc}

        Rows older than a day are dropped.
        """
        found = self.query(limit)
        return sorted(found)

    def query(self, limit):
        return list(range(limit))


def ping(host):
    return subprocess.run(["ping", "-c", "1", host])


x = eval(input())
'''


def _taint_searched(doc: Document) -> list[str]:
    """The taint rules the last check of ``doc`` searched (its pattern rules whose questions may read a
    docstring's text, a regex asked of a string or of a function, run where its words are, as before)."""
    taint = {r.id for r in doc.editor.ruleset.for_language("python") if r.taint is not None}
    return sorted(r for r in doc.editor.document_rules(str(doc.path)).rules_searched if r in taint)


def _typed_in_docstring(doc: Document) -> list[list[str]]:
    """The taint rules each of three keystrokes in the docstring of ``rows`` searched."""
    searched = []
    line = "        Rows older than a day are dropped.\n"
    for typed in ("Kept", "Kept for", "Kept for a while."):
        doc.replace(line, f"        {typed} Rows older than a day are dropped.\n")
        line = f"        {typed} Rows older than a day are dropped.\n"
        searched.append(_taint_searched(doc))
    return searched


def test_a_docstring_naming_calls_costs_what_plain_prose_does(tmp_path):
    plain = Document(tmp_path, SOURCE.format(doc=PLAIN), "plain.py")
    wordy = Document(tmp_path, SOURCE.format(doc=WORDY), "wordy.py")
    # (each check is compared with a whole one by Document; before, the rules of the calls the docstring
    # names were searched on every keystroke: command, code, path, deserialization, redirect, template...)
    searched = _typed_in_docstring(wordy)
    assert searched == _typed_in_docstring(plain)
    assert len(searched[-1]) <= 2  # (what the code of `rows` holds: `sorted`, a return)


def _flows(findings) -> list[int]:
    return [f.sink_span.start_line + 1 for f in findings if f.rule == CODE]


def test_what_is_typed_in_code_or_docstring_shows_what_a_whole_check_finds(tmp_path):
    doc = Document(tmp_path, SOURCE.format(doc=WORDY))
    assert _flows(doc.check()) == [26]
    findings = doc.replace("        found = self.query(limit)\n",
                           "        found = self.query(limit)\n        eval(input())\n")
    assert _flows(findings) == [16, 27]  # a rule's word typed into the code: searched, reported
    findings = doc.replace("        eval(input())\n", "")
    assert _flows(findings) == [26]  # and taken out again
    findings = doc.replace("Rows older than a day", "Rows older than eval(input()) a day")
    assert _flows(findings) == [26]  # in the docstring: prose
    findings = doc.replace("    def query(self, limit):\n",
                           "    def query(self, limit):\n        \"\"\"Open the file named by input().\"\"\"\n")
    assert _flows(findings) == [27]
    findings = doc.replace("        return list(range(limit))\n",
                           "        return open(input()).read()\n")
    assert sorted(f.rule for f in findings if f.sink_span.start_line + 1 == 20) == ["python/security/tainted-path"]
