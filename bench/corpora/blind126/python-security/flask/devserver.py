"""Kiosk build of the visitor app: the same module is imported by gunicorn in production."""
import os

from flask import Flask, jsonify

app = Flask(__name__)
PORT = int(os.environ.get("PORT", "8080"))
KIOSK = os.environ.get("KIOSK_MODE") == "1"


@app.route("/visitors/today")
def visitors_today():
    return jsonify({"count": 0})


def main():
    app.run(host="127.0.0.1", port=PORT)


if KIOSK:
    # expect: unguarded-app-run
    app.run(host="127.0.0.1", port=PORT, threaded=True)

try:
    import kiosk_display  # noqa: F401  (only on kiosk images)
except ImportError:
    kiosk_display = None
else:
    # expect: unguarded-app-run
    app.run(port=PORT + 1)

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=PORT)
