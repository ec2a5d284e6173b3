"""Fields a request stores on a row whose model the project does not declare near it (issue 31): a
Sanic view sets `operation.webhook` from the request's JSON and a background task posts to
`operation.webhook`; a Flask view binds `url` to the request's JSON and sets
`settings.app.sso_saml_metadata_url = url`, a helper fetches it. The writer's spelling is the key:
the twins read another name's field, a field stored as a number, or a field nothing stores from a
request, and stay quiet. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

pytestmark = pytest.mark.slow  # (seven real CLI runs: over the fast tier's budget)

OPERATIONS_API = '''from sanic import response

import app.database_models.model as db_model
from app import db_objects, mythic


@mythic.route("/operations/<op_id:int>/webhook", methods=["PUT"])
async def set_webhook(request, op_id):
    operation = await db_objects.get(db_model.operation_query, id=op_id)
    operation.webhook = (request.json or {}).get("webhook", "")
    operation.retries = int(request.json.get("retries", 3))
    await db_objects.update(operation)
    return response.json({"status": "success"})
'''
WEBHOOKS = '''import aiohttp
import requests

import app.database_models.model as db_model
from app import db_objects


async def send_event(operation_id, message):
    operation = await db_objects.get(db_model.operation_query, id=operation_id)
    async with aiohttp.ClientSession() as session:
        async with session.post(operation.webhook, json={"text": message}) as resp:
            return resp.status


async def send_other(operation_id, message):
    op = await db_objects.get(db_model.operation_query, id=operation_id)
    requests.post(op.webhook, json={"text": message}, timeout=5)
    requests.post(op.mirror, json={"text": message}, timeout=5)


async def retry_url(operation_id):
    operation = await db_objects.get(db_model.operation_query, id=operation_id)
    requests.get("https://hooks.example.org/" + str(operation.retries), timeout=5)
    requests.get(operation.mirror, timeout=5)
'''
SETTINGS_VIEW = '''import flask

from panel import app, settings
from panel.metadata import fetch_metadata


@app.app.route("/settings/sso", methods=["PUT"])
def settings_sso_put():
    url = flask.request.json.get("sso_metadata_url")
    if url:
        settings.app.sso_metadata_url = url
        settings.commit()
    return flask.jsonify(fetch_metadata())
'''
METADATA = '''import requests

from panel import settings


def fetch_metadata():
    response = requests.get(settings.app.sso_metadata_url, timeout=20)
    return response.json()


def fetch_status():
    return requests.get(settings.app.status_url, timeout=20).status_code
'''


def test_a_field_stored_on_a_named_row_is_request_data_where_that_name_reads_it(tmp_path: Path):
    _write(tmp_path, {"mythic/__init__.py": "", "mythic/api/__init__.py": "", "mythic/api/operations_api.py": OPERATIONS_API,
                      "mythic/utils/__init__.py": "", "mythic/utils/webhooks.py": WEBHOOKS})
    found = [line for line in _findings(tmp_path) if "webhooks.py" in line]
    # `op.webhook` is another name's field, `retries` a number, `mirror` never stored: clean
    assert len(found) == 1 and "webhooks.py:11" in found[0] and "tainted-ssrf" in found[0], found
    assert "stored by mythic/api/operations_api.py, read" in found[0], found


def test_a_setting_stored_from_a_name_bound_to_the_request_is_request_data(tmp_path: Path):
    _write(tmp_path, {"panel/__init__.py": "", "panel/handlers/__init__.py": "", "panel/handlers/server.py": SETTINGS_VIEW,
                      "panel/metadata.py": METADATA})
    found = [line for line in _findings(tmp_path) if "metadata.py" in line]
    # status_url is never stored from a request: clean
    assert len(found) == 1 and "metadata.py:7" in found[0] and "tainted-ssrf" in found[0], found


def test_without_the_writers_the_reads_stay_clean(tmp_path: Path):
    _write(tmp_path, {"mythic/__init__.py": "", "mythic/utils/__init__.py": "", "mythic/utils/webhooks.py": WEBHOOKS,
                      "panel/__init__.py": "", "panel/metadata.py": METADATA})
    assert _findings(tmp_path) == []


DICTIONARIES = '''from pyramid.response import Response
from pyramid.view import view_config

from lingvo.models import DBSession, Dictionary


@view_config(route_name="about", request_method="GET")
def about_page(request):
    dictionary = DBSession.query(Dictionary).get(int(request.matchdict["id"]))
    return Response("<div>%s</div>" % dictionary.about_text, content_type="text/html")


@view_config(route_name="about_reset", request_method="POST")
def about_reset(request):
    dictionary = DBSession.query(Dictionary).get(int(request.matchdict["id"]))
    dictionary.about_text = "<p>none yet</p>"
    return Response("<div>%s</div>" % dictionary.about_text, content_type="text/html")


@view_config(route_name="about_edit", request_method="POST")
def about_edit(request):
    dictionary = DBSession.query(Dictionary).get(int(request.matchdict["id"]))
    dictionary.about_text = request.json_body.get("about", "")
    return {"ok": True}
'''


def test_another_handler_of_the_writers_file_reads_the_store_but_not_a_function_setting_it_first(tmp_path: Path):
    _write(tmp_path, {"lingvo/__init__.py": "", "lingvo/views.py": DICTIONARIES})
    found = _findings(tmp_path)
    # about_reset sets the field to a constant before it reads it; about_edit's own write is no read
    assert len(found) == 1 and "views.py:10" in found[0] and "tainted-xss" in found[0], found


CONFIG_ROUTES = '''from flask import Blueprint, request

from tracker.models import AppConfig, db

blueprint = Blueprint("config", __name__)


@blueprint.route("/config", methods=["PATCH"])
def update_config():
    config_data = request.get_json()
    config = AppConfig.query.one()
    if "tile_url" in config_data:
        config.tile_url = config_data["tile_url"]
    if "max_users" in config_data:
        config.max_users = int(config_data["max_users"])
    db.session.commit()
    return {"status": "success"}
'''
MAPS = '''import requests

from tracker.models import AppConfig


def static_map(workout_id):
    config = AppConfig.query.one()
    tile = requests.get(config.tile_url, timeout=30).content
    count = requests.get("https://stats.example.org/" + str(config.max_users), timeout=30)
    return tile, count
'''
HOOK_ROUTES = '''from fastapi import APIRouter, Form

from hooks.models import Webhook
from hooks.repositories import WebhookRepository

router = APIRouter()


@router.post("/webhooks")
async def create_webhook(url: str = Form(...), repository: WebhookRepository = Depends(WebhookRepository)):
    webhook = await repository.create(Webhook(url=url, secret="s3cret"))
    return {"id": str(webhook.id)}
'''
HOOK_TASKS = '''import httpx

from hooks.repositories import WebhookRepository


def deliver(session, webhook_id):
    webhook = WebhookRepository(session).get_by_id(webhook_id)
    httpx.post(webhook.url, json={"type": "ping"}, timeout=10)
    httpx.post("https://relay.example.org/" + webhook.secret, timeout=10)
'''


def test_an_item_of_the_requests_json_stored_on_a_row_is_request_data_where_another_module_reads_it(tmp_path: Path):
    _write(tmp_path, {"tracker/__init__.py": "", "tracker/application/__init__.py": "", "tracker/application/routes.py": CONFIG_ROUTES,
                      "tracker/workouts/__init__.py": "", "tracker/workouts/maps.py": MAPS})
    found = [line for line in _findings(tmp_path) if "maps.py" in line]
    # max_users is stored as a number: clean
    assert len(found) == 1 and "maps.py:8" in found[0] and "tainted-ssrf" in found[0], found


def test_a_fastapi_form_field_a_row_is_built_with_is_request_data_where_a_task_reads_it(tmp_path: Path):
    _write(tmp_path, {"hooks/__init__.py": "", "hooks/routers/__init__.py": "", "hooks/routers/webhooks.py": HOOK_ROUTES,
                      "hooks/tasks/__init__.py": "", "hooks/tasks/deliver.py": HOOK_TASKS})
    found = [line for line in _findings(tmp_path) if "deliver.py" in line]
    # the secret is a constant the handler wrote: clean
    assert len(found) == 1 and "deliver.py:8" in found[0] and "tainted-ssrf" in found[0], found


PAGING = '''from dataclasses import dataclass

from fastapi import Query


@dataclass
class Paging:
    sort: str
    limit: int


def get_paging(sort: str = Query("name"), limit: int = Query(50)) -> Paging:
    return Paging(sort=sort, limit=limit)
'''
DOCUMENTS = '''from fastapi import APIRouter, Depends

from docs.deps import Paging, checked_paging
from docs.db import cursor

router = APIRouter()


@router.get("/docs")
def list_docs(paging: Paging = Depends(checked_paging)):
    return cursor().execute(f"SELECT id FROM documents ORDER BY {paging.sort}").fetchall()
'''


def test_a_class_of_the_project_filled_from_the_request_is_no_stored_row(tmp_path: Path):
    # (the paging a dependency builds is the request's, checked where it is used: no store to follow)
    _write(tmp_path, {"docs/__init__.py": "", "docs/deps.py": PAGING, "docs/routes.py": DOCUMENTS})
    assert [line for line in _findings(tmp_path) if "routes.py" in line] == []
