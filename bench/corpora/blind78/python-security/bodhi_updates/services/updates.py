"""The updates service: list, search and submit updates."""
import logging

from cornice import Service
from pyramid.httpexceptions import HTTPBadRequest
from sqlalchemy import text

from bodhi_updates import util
from bodhi_updates.validators import (
    validate_builds,
    validate_release,
    validate_search,
    validate_severity,
)

log = logging.getLogger(__name__)

updates = Service(name="updates", path="/updates/", description="Update submission service")
update_request = Service(name="update_request", path="/updates/{id}/request", description="Update request service")

ORDER_COLUMNS = {"date_submitted": "u.date_submitted", "karma": "u.karma", "title": "u.title"}


@updates.get(validators=(validate_search, validate_severity))
def query_updates(request):
    data = request.validated
    sql = "SELECT u.id, u.title, u.status FROM updates u WHERE u.severity = :severity"
    params = {"severity": data["severity"]}
    if data["like"]:
        sql += " AND u.title LIKE '%%" + data["like"] + "%%'"
    if data["packages"]:
        sql += " AND u.id IN (SELECT update_id FROM builds WHERE package IN :pkgs)"
        params["pkgs"] = tuple(data["packages"])
    sql += " ORDER BY " + ORDER_COLUMNS.get(data["order"], "u.date_submitted") + " DESC"
    # expect: sql-injection
    rows = request.db.execute(text(sql), params).fetchall()
    return {"updates": [dict(r._mapping) for r in rows], "total": len(rows)}


@updates.post(validators=(validate_builds, validate_release))
def new_update(request):
    data = request.validated
    release = data["release"]
    builds = data["builds"]
    notes = request.json_body.get("notes", "")
    request.db.execute(
        text("INSERT INTO updates (title, notes, release_id) VALUES (:t, :n, :r)"),
        {"t": " ".join(builds), "n": notes, "r": release.id},
    )
    out, err = util.tag_builds(release.dist_tag, builds)
    log.info("Tagged %d builds for %s", len(builds), release.name)
    return {"title": " ".join(builds), "tagged": out.decode() if out else ""}


@update_request.post()
def set_request(request):
    action = request.json_body.get("request", "")
    if action not in ("testing", "stable", "obsolete", "revoke"):
        raise HTTPBadRequest("Unknown request")
    try:
        update_id = int(request.matchdict["id"])
    except ValueError:
        raise HTTPBadRequest("Invalid update id")
    request.db.execute(text(f"UPDATE updates SET request = '{action}' WHERE id = {update_id}"))
    return {"id": update_id, "request": action}


@update_request.get()
def get_request(request):
    row = request.db.execute(
        text("SELECT request FROM updates WHERE alias = :alias"), {"alias": request.matchdict["id"]}
    ).first()
    return {"request": row.request if row else None}
