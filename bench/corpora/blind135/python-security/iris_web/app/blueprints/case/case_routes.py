"""Case blueprint: datastore uploads, notes, search, webhooks."""
import bleach
import markdown
from flask import Blueprint, request
from markupsafe import Markup

from app.blueprints.access_controls import ac_api_case_requires, ac_requires_case_identifier
from app.datamgmt.datastore_db import datastore_add_file
from app.datamgmt.search_db import search_iocs
from app.iris_engine.tasks.webhooks import send_webhook
from app.models.authorization import CaseAccessLevel
from app.models.models import CaseNote, Webhook
from app.util import response_success

case_blueprint = Blueprint("case", __name__)


@case_blueprint.route("/datastore/file/add/<int:parent_id>", methods=["POST"])
@ac_api_case_requires(CaseAccessLevel.full_access)
def datastore_add_file_route(parent_id, caseid):
    upload = request.files["file_content"]
    file_name = request.form.get("file_original_name") or upload.filename
    stored = datastore_add_file(caseid, parent_id, file_name, upload.read())
    return response_success("File saved", data={"id": stored})


@case_blueprint.route("/search", methods=["POST"])
@ac_requires_case_identifier()
def search_route(caseid):
    search_value = request.json.get("search_value", "")
    search_type = request.json.get("search_type", "ioc")
    return response_success("Results", data=search_iocs(search_value, search_type, caseid))


@case_blueprint.route("/notes/<int:note_id>/preview", methods=["GET"])
@ac_api_case_requires(CaseAccessLevel.read_only)
def note_preview(note_id, caseid):
    note = CaseNote.query.filter(CaseNote.note_id == note_id, CaseNote.note_case_id == caseid).first()
    if request.args.get("sanitize"):
        return Markup(bleach.clean(markdown.markdown(note.note_content)))
    # expect: xss
    return Markup(markdown.markdown(note.note_content))


@case_blueprint.route("/webhooks/add", methods=["POST"])
@ac_api_case_requires(CaseAccessLevel.full_access)
def add_webhook(caseid):
    hook = Webhook(case_id=caseid, url=request.json.get("url"), name=request.json.get("name", "hook"))
    hook.save()
    send_webhook.delay(hook_id=hook.id, payload={"event": "hook_created", "case": caseid})
    return response_success("Webhook added", data={"id": hook.id})
