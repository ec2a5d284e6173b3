"""Link preview for chat messages."""
from flask import Flask, request

from .helpers.fetch import fetch_preview

app = Flask(__name__)


@app.get("/preview")
def preview():
    url = request.args.get("url", "")
    # expect: ssrf
    return {"html": fetch_preview(url)}
