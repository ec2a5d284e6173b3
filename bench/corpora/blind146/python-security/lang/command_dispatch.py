"""Dispatches admin console commands to handler functions."""
import logging

from flask import Flask, abort, jsonify, request

log = logging.getLogger(__name__)
app = Flask(__name__)


def cmd_status():
    return {"status": "ok"}


def cmd_flush_cache():
    return {"flushed": True}


def cmd_reindex():
    return {"reindex": "queued"}


HANDLERS = {"status": cmd_status, "flush_cache": cmd_flush_cache, "reindex": cmd_reindex}


@app.route("/admin/run", methods=["POST"])
def run_command():
    name = request.form["command"]
    # expect: code-injection
    handler = globals()[name]
    return jsonify(handler())


@app.route("/admin/run/<name>")
def run_named(name):
    # expect: code-injection
    handler = globals().get("cmd_" + name)
    if handler is None:
        abort(404)
    return jsonify(handler())


@app.route("/admin/safe-run", methods=["POST"])
def safe_run():
    handler = HANDLERS.get(request.form["command"])
    if handler is None:
        abort(400)
    return jsonify(handler())


def run_from_queue(message):
    table = globals()
    log.info("queue command %s", message["command"])
    # expect: code-injection
    return table[message["command"]](*message.get("args", []))


def default_handler():
    return globals()["cmd_status"]()


def version():
    return globals().get("__version__", "dev")
