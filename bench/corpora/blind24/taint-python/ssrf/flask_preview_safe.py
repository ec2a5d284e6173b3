"""Link preview for chat messages, public addresses only."""
from flask import Flask, abort, request

from .helpers.fetch import fetch_preview, is_public

app = Flask(__name__)


@app.get("/preview")
def preview():
    url = request.args.get("url", "")
    if not is_public(url):
        abort(400)
    return {"html": fetch_preview(url)}
