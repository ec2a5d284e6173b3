"""Status service; gunicorn imports `app` from this module."""
import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/status")
def status():
    return jsonify(ok=True)


# expect: exposed-dev-server
app.run(port=int(os.environ.get("PORT", "8000")))

if os.environ.get("STATUS_DEV_SERVER"):
    # expect: exposed-dev-server
    app.run(threaded=True)

try:
    # expect: exposed-dev-server
    app.run(port=8001, use_reloader=False)
except OSError:
    pass


def serve_dev():
    app.run(host="127.0.0.1", port=5000)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000)
