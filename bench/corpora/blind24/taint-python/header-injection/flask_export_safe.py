"""CSV export with a user-chosen file name, sanitised."""
from flask import Flask, Response, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.get("/export")
def export():
    filename = secure_filename(request.args.get("name", "export")) or "export"
    resp = Response("id,total\n1,10\n", mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return resp
