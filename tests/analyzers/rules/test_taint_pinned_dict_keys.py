"""A dict built by a comprehension whose filter keeps only allowed keys (`kept = {k: v for k, v in
changes.items() if k in ("nickname", "bio")}`) yields only those keys when a later comprehension loops
over it: `", ".join(f"{k} = :{k}" for k in kept)` splices column names from the allow-list into SQL,
the values bound. A filter on the values, or a read of the values themselves, keeps the request's
text in the query. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

VIEWS = '''from flask import Flask, request
from sqlalchemy import text

from app.db import db

app = Flask(__name__)


@app.route("/profile/<int:pid>", methods=["PATCH"])
def update_profile(pid):
    changes = request.get_json()
    kept = {field: value for field, value in changes.items() if field in ("nickname", "bio")}
    columns = ", ".join(f"{name} = :{name}" for name in kept)
    db.session.execute(text(f"UPDATE profile SET {columns} WHERE id = :id"), {**kept, "id": pid})


@app.route("/notes/<int:pid>", methods=["PATCH"])
def update_notes(pid):
    changes = request.get_json()
    kept = {field: value for field, value in changes.items() if value}
    columns = ", ".join(f"{name} = :{name}" for name in kept)
    db.session.execute(text(f"UPDATE notes SET {columns} WHERE id = :id"), {**kept, "id": pid})


@app.route("/tags/<int:pid>", methods=["PATCH"])
def update_tags(pid):
    changes = request.get_json()
    kept = {field: value for field, value in changes.items() if field in ("color", "label")}
    columns = ", ".join(f"{name} = '{kept[name]}'" for name in kept)
    db.session.execute(text(f"UPDATE tags SET {columns} WHERE id = :id"), {"id": pid})
'''


def test_only_the_allow_listed_keys_of_a_filtered_dict_are_spliced_safely(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/views.py": VIEWS}, select="python/security/tainted-sql")
    assert found == ["app/views.py:19 tainted-sql", "app/views.py:27 tainted-sql"], found
