"""A tiny Flask service with the kind of problems postil catches."""

import hashlib
import pickle
import subprocess

import requests
import yaml
from flask import Flask, request

app = Flask(__name__)

API_TOKEN = "ghp_" + "x" * 0  # built at runtime: not a secret
STRIPE_KEY = "sk_live_51HqLyjWDarjtT1zdp7dcXy9fKb2LqRz8TmY4uP0vN3sA6eB"


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    out = subprocess.check_output(f"ping -c 1 {host}", shell=True)
    return out


@app.route("/report")
def report():
    rows = []
    cursor = get_db().cursor()
    user = request.args["user"]
    cursor.execute("SELECT * FROM reports WHERE owner = '%s'" % user)
    for row in cursor.fetchall():
        rows.append(row)
    return {"rows": rows}


def load_settings(path, overrides={}):
    with open(path) as handle:
        settings = yaml.load(handle)
    overrides.setdefault("source", path)
    settings.update(overrides)
    return settings


def restore(blob):
    return pickle.loads(blob)


def fetch_status(url):
    response = requests.get(url)
    if response.json()["status"] == None:
        return "unknown"
    return response.json()["status"]


def checksum(data):
    return hashlib.md5(data).hexdigest()


def get_db():
    raise NotImplementedError


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
