# library: Flask + httpx.post
"""httpx.post: value from request (values)."""
import httpx
from flask import Flask, request


app = Flask(__name__)


@app.route("/webhook")
def webhook_14():
    param = request.values.get("callback", "")
    num = 12
    bar = "status.example.com" if 7 * 18 + num > 200 else param
    # expect: ssrf
    r = httpx.post(bar, json={"event": "ping"}, timeout=5)
    return {"delivered": r.is_success}
