"""Launchers for the three web front ends (Flask, aiohttp, gunicorn config)."""
import os

from aiohttp import web
from flask import Flask

flask_app = Flask(__name__)
aio_app = web.Application()

# gunicorn reads module-level settings from this file
# expect: bind-all
bind = "0.0.0.0:8000"
workers = int(os.environ.get("WEB_CONCURRENCY", "4"))


@flask_app.get("/health")
def health():
    return {"ok": True}


def run_flask():
    # expect: bind-all
    flask_app.run(host="0.0.0.0", port=5000)


def run_flask_positional():
    # expect: bind-all
    flask_app.run("0.0.0.0", 5001)


def run_aiohttp():
    # expect: bind-all
    web.run_app(aio_app, host="0.0.0.0", port=8080)


def run_flask_local():
    # safe: loopback
    flask_app.run(host="127.0.0.1", port=5002)


def run_flask_env():
    # safe: host from the environment
    flask_app.run(host=os.environ.get("FLASK_RUN_HOST", "127.0.0.1"), port=5003)


def run_aiohttp_local():
    # safe: loopback IPv6
    web.run_app(aio_app, host="::1", port=8081)


if __name__ == "__main__":
    run_flask_local()
