"""Image proxy for the CMS editor, allow-listed hosts."""
import urllib.request
from urllib.parse import urlparse

from flask import Flask, Response, abort, request

from .helpers.fetch import ALLOWED_HOSTS

app = Flask(__name__)


@app.get("/proxy/image")
def proxy_image():
    src = request.args["src"]
    parsed = urlparse(src)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400)
    with urllib.request.urlopen(src, timeout=10) as upstream:
        return Response(upstream.read(), mimetype=upstream.headers.get_content_type())
