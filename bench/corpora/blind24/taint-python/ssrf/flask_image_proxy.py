"""Image proxy for the CMS editor."""
import urllib.request

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/proxy/image")
def proxy_image():
    src = request.args["src"]
    # expect: ssrf
    with urllib.request.urlopen(src, timeout=10) as upstream:
        return Response(upstream.read(), mimetype=upstream.headers.get_content_type())
