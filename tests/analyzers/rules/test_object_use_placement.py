"""A Jinja2 template or environment a function makes and renders a few lines down is reported from
the line that makes it to the render (object_use), so a reviewer naming either line finds the
finding there: the corpora's writers mark the render (`return tmpl.render(user=request.args[...])`)
as often as the `Template(...)` line. One a module keeps, or a function returns, stays on its line."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

VIEWS = """\
import jinja2
from flask import Flask, request

app = Flask(__name__)
DIGEST_SRC = "<h1>Digest for {{ user }}</h1>"
module_env = jinja2.Environment()
page = module_env.from_string(DIGEST_SRC)


@app.route("/digest")
def digest():
    tmpl = jinja2.Template(DIGEST_SRC)
    # the user's name, as the query string gives it
    return tmpl.render(user=request.args.get("user"))


def subject(room_name):
    env = jinja2.Environment(autoescape=False)
    return env.from_string("Invitation to " + room_name).render()


def configured():
    env = jinja2.Environment()
    env.filters["shout"] = str.upper
    return env
"""


def test_a_template_made_then_rendered_is_reported_from_the_make_to_the_render(postil, tmp_path: Path):
    (tmp_path / "views.py").write_text(VIEWS)
    done = postil("check", "views.py", "--exit-zero", "--format", "json", "--select",
                  "python/security/jinja2-autoescape-disabled", cwd=tmp_path)
    assert done.code == 0, done.stderr
    spans = sorted((f["line"], f["end_line"]) for f in done.json["findings"])
    assert spans == [(6, 6), (12, 14), (18, 19), (23, 23)]
