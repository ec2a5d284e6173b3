"""CSV export with a user-chosen file name."""
from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/export")
def export():
    filename = request.args.get("name", "export")
    resp = Response("id,total\n1,10\n", mimetype="text/csv")
    # expect: header-injection
    resp.headers["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return resp
