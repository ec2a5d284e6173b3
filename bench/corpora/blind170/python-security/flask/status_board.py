"""Tiny status board for the office TV: polls health endpoints and shows a grid."""
import os

import requests
from flask import Flask, jsonify, render_template

app = Flask(__name__)

SERVICES = {
    "api": "https://api.example.com/healthz",
    "web": "https://www.example.com/healthz",
    "billing": "https://billing.example.com/healthz",
}


@app.route("/")
def board():
    return render_template("board.html", services=sorted(SERVICES))


@app.route("/status.json")
def status():
    result = {}
    for name, url in SERVICES.items():
        try:
            result[name] = requests.get(url, timeout=3).status_code == 200
        except requests.RequestException:
            result[name] = False
    return jsonify(result)


def run_kiosk():
    # the TV and the laptop share the office Wi-Fi; this exposes the Werkzeug dev server to every guest on it
    # expect: bind-all
    app.run(host="0.0.0.0", port=8000, debug=False)


def run_local():
    app.run(host="127.0.0.1", port=8000)


def run_from_env():
    app.run(host=os.environ.get("BOARD_HOST", "127.0.0.1"), port=int(os.environ.get("BOARD_PORT", "8000")))


if __name__ == "__main__":
    if os.environ.get("BOARD_MODE") == "kiosk":
        run_kiosk()
    elif os.environ.get("BOARD_MODE") == "demo":
        # expect: bind-all
        app.run("0.0.0.0", 5000)
    else:
        run_local()
