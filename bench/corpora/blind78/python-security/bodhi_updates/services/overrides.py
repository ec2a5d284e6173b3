"""Buildroot overrides: import a batch of overrides, expire one, show one."""
import logging
from datetime import datetime, timedelta

import yaml
from cornice import Service
from pyramid.httpexceptions import HTTPBadRequest, HTTPFound
from sqlalchemy import text

from bodhi_updates import util

log = logging.getLogger(__name__)

overrides = Service(name="overrides", path="/overrides/", description="Buildroot overrides")
override_import = Service(name="override_import", path="/overrides/import", description="Batch import")
override_expire = Service(name="override_expire", path="/overrides/{nvr}/expire", description="Expire")


@override_import.post()
def import_overrides(request):
    fmt = request.params.get("format", "yaml")
    if fmt == "yaml":
        # expect: deserialization
        batch = yaml.load(request.body, Loader=yaml.Loader)
    else:
        batch = request.json_body
    created = 0
    for item in batch.get("overrides", []):
        request.db.execute(
            text("INSERT INTO overrides (nvr, notes, expiration) VALUES (:nvr, :notes, :exp)"),
            {"nvr": item["nvr"], "notes": item.get("notes", ""), "exp": datetime.utcnow() + timedelta(days=7)},
        )
        created += 1
    return {"created": created}


@overrides.post()
def save_override(request):
    payload = yaml.safe_load(request.body) or {}
    nvr = payload.get("nvr")
    if not nvr:
        raise HTTPBadRequest("nvr is required")
    request.db.execute(text("INSERT INTO overrides (nvr, notes) VALUES (:nvr, :notes)"), {"nvr": nvr, "notes": payload.get("notes", "")})
    return {"nvr": nvr}


@override_expire.post()
def expire_override(request):
    nvr = request.matchdict["nvr"]
    row = request.db.execute(text("SELECT nvr, dist_tag FROM overrides o JOIN releases r ON r.id = o.release_id WHERE nvr = :n"), {"n": nvr}).first()
    if row is None:
        raise HTTPBadRequest("No such override")
    util.untag_builds(row.dist_tag, [row.nvr])
    agent = request.environ.get("bodhi.agent", "")
    # expect: log-injection
    log.warning("Override %s expired by %s using %s", nvr, request.user and request.user.name, agent)
    came_from = request.params.get("came_from")
    if came_from and came_from.startswith("/") and not came_from.startswith("//") and "\\" not in came_from:
        return HTTPFound(location=came_from)
    return HTTPFound(location=request.route_url("overrides"))
