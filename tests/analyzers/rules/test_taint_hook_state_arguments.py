"""Request state a Flask app's own `before_request` hook fills, handed to another module's function,
and a fallback chosen by a look at the file system. Hedy stores the `?language=` it is asked for in
`g.lang` and its cheatsheet view calls `content.load_cheatsheet(g.lang, level)`, which joins it into a
path, falls back to English `if not os.path.isfile(path)` and opens it. The engine judged `g.lang` at a
sink of the hook's own file only, so the module's parameter was never fed; and it took the existence
check for a check of the text (`../../etc/passwd` exists too). A field the hook allow-lists, and a
name a real predicate checks before the same fallback, stay clean. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

APP = '''from flask import Flask, g, jsonify, request

from website import content

app = Flask(__name__)
LANGS = {"en", "nl", "fr"}


@app.before_request
def store_language():
    g.lang = request.args.get("language") or "en"
    asked = request.args.get("keyword_language", "en")
    g.keyword_lang = asked if asked in LANGS else "en"


@app.route("/cheatsheet/<int:level>")
def cheatsheet(level):
    return jsonify(content.load_cheatsheet(g.lang, level))


@app.route("/keywords")
def keywords():
    return jsonify(content.load_keywords(g.keyword_lang))
'''

CONTENT = '''import os
import re

CONTENT_DIR = "/srv/hedy/content"


def load_cheatsheet(lang, level):
    path = os.path.join(CONTENT_DIR, "cheatsheets", lang + ".yaml")
    if not os.path.isfile(path):
        path = os.path.join(CONTENT_DIR, "cheatsheets", "en.yaml")
    with open(path, encoding="utf-8") as fp:
        return fp.read()


def load_keywords(lang):
    with open(os.path.join(CONTENT_DIR, "keywords", lang + ".yaml"), encoding="utf-8") as fp:
        return fp.read()


def load_adventures(lang):
    if not re.fullmatch(r"[a-z]{2}", lang):
        lang = "en"
    with open(os.path.join(CONTENT_DIR, "adventures", lang + ".yaml"), encoding="utf-8") as fp:
        return fp.read()
'''


def test_hook_state_handed_to_another_module_reaches_its_sink_past_an_existence_fallback(tmp_path: Path):
    found = taint_findings(tmp_path, {"hedy/app.py": APP, "hedy/website/__init__.py": "",
                                      "hedy/website/content.py": CONTENT})
    # the open (reported from where its language is read), not the existence check; `g.keyword_lang` is allow-listed; `load_adventures` is checked (and uncalled)
    assert found == ["hedy/website/content.py:9 tainted-path"], found


def test_a_name_a_real_predicate_checks_before_the_fallback_stays_clean(tmp_path: Path):
    app = APP.replace("content.load_cheatsheet(g.lang, level)", "content.load_adventures(g.lang)")
    found = taint_findings(tmp_path, {"hedy/app.py": app, "hedy/website/__init__.py": "",
                                      "hedy/website/content.py": CONTENT})
    assert found == [], found
