"""Administration REST API of the Parsec backend (``asgi/administration.py``)."""
import hmac
from functools import wraps

from quart import Blueprint, abort, current_app, jsonify, request

from parsec.api.protocol import OrganizationID
from parsec.backend.organization import OrganizationAlreadyExistsError
from parsec.backend.postgresql.organization_stats import query_organization_stats, query_users_page

administration_bp = Blueprint("administration_api", __name__)


def administration_authenticated(fn):
    @wraps(fn)
    async def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        token = header[len("Bearer "):] if header.startswith("Bearer ") else ""
        expected = current_app.backend.config.administration_token
        if not token or not hmac.compare_digest(token.encode(), expected.encode()):
            abort(403)
        return await fn(*args, **kwargs)
    return wrapper


@administration_bp.route("/administration/organizations", methods=["POST"])
@administration_authenticated
async def administration_create_organizations():
    body = await request.get_json()
    try:
        organization_id = OrganizationID(body["organization_id"])
    except (KeyError, ValueError):
        return jsonify({"error": "bad_data"}), 400
    try:
        bootstrap_token = await current_app.backend.organization.create(id=organization_id)
    except OrganizationAlreadyExistsError:
        return jsonify({"error": "already_exists"}), 400
    return jsonify({"bootstrap_token": bootstrap_token})


@administration_bp.route("/administration/organizations/<raw_organization_id>/stats", methods=["GET"])
@administration_authenticated
async def administration_organization_stats(raw_organization_id: str):
    try:
        organization_id = OrganizationID(raw_organization_id)
    except ValueError:
        abort(404)
    stats = await query_organization_stats(current_app.backend.dbh, organization_id)
    return jsonify(stats)


@administration_bp.route("/administration/organizations/<raw_organization_id>/users", methods=["GET"])
@administration_authenticated
async def administration_organization_users(raw_organization_id: str):
    try:
        organization_id = OrganizationID(raw_organization_id)
    except ValueError:
        abort(404)
    order = request.args.get("order", "created_on")
    page = max(int(request.args.get("page", "1")), 1)
    users = await query_users_page(current_app.backend.dbh, organization_id, order, page)
    return jsonify({"users": users, "page": page})
