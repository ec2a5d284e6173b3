"""Wizard state persisted between steps of the onboarding flow."""
import base64
import json
import logging

import jsonpickle
from flask import Flask, jsonify, request

from .wizard import WizardState

log = logging.getLogger(__name__)
app = Flask(__name__)


def dump_state(state: WizardState) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(state).encode()).decode()


@app.route("/wizard/step", methods=["POST"])
def step():
    raw = request.cookies.get("wizard_state", "")
    # expect: deserialization
    state = jsonpickle.decode(base64.urlsafe_b64decode(raw).decode()) if raw else WizardState()
    state.advance(request.form)
    resp = jsonify(step=state.step)
    resp.set_cookie("wizard_state", dump_state(state), secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/wizard/import", methods=["POST"])
def import_state():
    # expect: deserialization
    state = jsonpickle.decode(request.get_data(as_text=True))
    log.info("imported wizard state at step %s", state.step)
    return jsonify(step=state.step)


@app.route("/wizard/preview", methods=["POST"])
def preview():
    data = json.loads(request.get_data(as_text=True))
    return jsonify(step=int(data.get("step", 0)))


@app.route("/wizard/resume", methods=["POST"])
def resume():
    payload = request.json or {}
    # expect: deserialization
    state = jsonpickle.loads(payload.get("state", "{}"), keys=True)
    return jsonify(step=state.step)


def export_state(state: WizardState) -> str:
    return jsonpickle.encode(state, unpicklable=False)
