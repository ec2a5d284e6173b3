"""Statistics endpoints."""
import json

from flask import Flask, Response, jsonify
from flask.views import MethodView

from .metrics import daily_counts, top_pages

app = Flask(__name__)


@app.route("/stats/daily")
def daily():
    # expect: use-jsonify
    return json.dumps(daily_counts())


@app.route("/stats/top")
def top():
    body = json.dumps({"pages": top_pages(limit=10)}, indent=2)
    # expect: use-jsonify
    return body


class SummaryView(MethodView):
    def get(self):
        summary = {"daily": daily_counts(), "top": top_pages(limit=3)}
        # expect: use-jsonify
        return json.dumps(summary), 200, {"Content-Type": "application/json"}


app.add_url_rule("/stats/summary", view_func=SummaryView.as_view("summary"))


@app.route("/stats/daily.json")
def daily_fixed():
    return jsonify(daily_counts())


@app.route("/stats/export")
def export():
    return Response(json.dumps(top_pages(limit=100)), mimetype="application/json",
                    headers={"Content-Disposition": "attachment; filename=top.json"})


def snapshot_to_disk(path):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(daily_counts()))
