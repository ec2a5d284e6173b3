"""API used by the browser extension and mobile apps to list and search aliases."""
from flask import g, jsonify, request

from app.alias_utils import get_alias_infos, search_aliases, serialize_alias_info
from app.api.base import api_bp, require_api_auth
from app.db import Session
from app.models import Alias

PAGE_LIMIT = 20


@api_bp.route("/v2/aliases", methods=["GET", "POST"])
@require_api_auth
def get_aliases_v2():
    user = g.user
    try:
        page_id = int(request.args.get("page_id"))
    except (ValueError, TypeError):
        return jsonify(error="page_id must be provided in request query"), 400

    query = None
    data = request.get_json(silent=True)
    if data:
        query = data.get("query")
    if query:
        rows = search_aliases(user.id, query, page_id)
    else:
        rows = get_alias_infos(user.id, page_id)
    return jsonify(aliases=[serialize_alias_info(r) for r in rows]), 200


@api_bp.route("/aliases/<int:alias_id>/note", methods=["PUT"])
@require_api_auth
def update_note(alias_id):
    alias = Alias.get(alias_id)
    if not alias or alias.user_id != g.user.id:
        return jsonify(error="Forbidden"), 403
    alias.note = (request.get_json() or {}).get("note", "")[:2048]
    Session.commit()
    return jsonify(note=alias.note), 200


@api_bp.route("/aliases/<int:alias_id>/activities")
@require_api_auth
def alias_activities(alias_id):
    alias = Alias.get(alias_id)
    if not alias or alias.user_id != g.user.id:
        return jsonify(error="Forbidden"), 403
    page_id = request.args.get("page_id", type=int, default=0)
    return jsonify(activities=alias.activities(page_id * PAGE_LIMIT, PAGE_LIMIT)), 200
