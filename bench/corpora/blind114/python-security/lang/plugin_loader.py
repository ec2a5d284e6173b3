"""Loads export and webhook handler modules for the integration service."""
import importlib
from importlib import import_module

from flask import Flask, abort, jsonify, request

from .config import settings

app = Flask(__name__)

EXPORTERS = {
    "csv": "integrations.exporters.csv_exporter",
    "xlsx": "integrations.exporters.xlsx_exporter",
}


@app.route("/exports", methods=["POST"])
def run_export():
    payload = request.get_json(force=True)
    # expect: code-injection
    module = importlib.import_module(payload["exporter"])
    return jsonify(module.export(payload.get("query", {})))


@app.route("/preview")
def preview():
    module_path = request.args.get("module", "integrations.preview.default")
    # expect: code-injection
    mod = import_module(module_path)
    return jsonify(mod.preview())


def handle_webhook(job):
    # expect: code-injection
    handler = importlib.import_module(job["handler"], package="integrations.webhooks")
    return handler.process(job["body"])


@app.route("/exports/<fmt>", methods=["POST"])
def run_known_export(fmt):
    if fmt not in EXPORTERS:
        abort(404)
    module = import_module(EXPORTERS[fmt])
    return jsonify(module.export(request.get_json(force=True)))


def load_cache_backend():
    return importlib.import_module(settings.CACHE_BACKEND)


def load_json():
    return importlib.import_module("json")
