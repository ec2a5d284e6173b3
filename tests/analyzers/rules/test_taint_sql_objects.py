"""SQL objects built from a formatted string (SQLAlchemy's `text(f"...")`, psycopg's `sql.SQL(...)`):
where the SQL taint rule followed the data to such an object and found it clean on every path (an
ORDER BY direction pinned to an allow-list, as CTFd's API sorts), the pattern rule that names
every formatted SQL object stays quiet; where request data reaches it, the flow is the one
finding (issue 31, item 2)."""

from __future__ import annotations

from pathlib import Path

CATEGORIES = '''from flask import Flask, jsonify, request
from sqlalchemy import text

from app.models import Challenges

app = Flask(__name__)


@app.route("/categories")
def categories():
    direction = request.args.get("direction", "asc")
{check}
    rows = Challenges.query.with_entities(Challenges.category).order_by(text(f"category {{direction}}"))
    return jsonify([r[0] for r in rows.all()])
'''

PINNED = '''    if direction not in ("asc", "desc"):
        direction = "asc"'''


def test_a_direction_pinned_to_an_allow_list_is_clean(security_checker):
    text = CATEGORIES.format(check=PINNED)
    assert security_checker.check_text(Path("/srv/app/api.py"), text) == []


def test_the_request_s_direction_itself_is_one_flow(security_checker):
    text = CATEGORIES.format(check="    pass")
    sink = next(i for i, line in enumerate(text.splitlines()) if "order_by(text(" in line)
    found = security_checker.check_text(Path("/srv/app/api.py"), text)
    assert [(f.rule, f.sink_span.start_line) for f in found] == [("python/security/tainted-sql", sink)]
