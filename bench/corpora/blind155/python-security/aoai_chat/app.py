"""Quart routes of the chat sample: history, citations, share page and logos."""
import logging
import os

from quart import Blueprint, Quart, current_app, jsonify, request, send_file, send_from_directory

from backend.auth.auth_utils import get_authenticated_user_details
from backend.history.cosmosdbservice import CosmosConversationClient
from backend.utils import fetch_citation, fetch_citation_checked, render_share_page

bp = Blueprint("routes", __name__, static_folder="static", template_folder="static")
LOGO_DIR = os.path.join(os.path.dirname(__file__), "static", "logos")


def create_app():
    app = Quart(__name__)
    app.register_blueprint(bp)
    return app


def history_client() -> CosmosConversationClient:
    return current_app.cosmos_conversation_client


@bp.route("/assets/<path:path>")
async def assets(path):
    return await send_from_directory("static/assets", path)


@bp.route("/logo")
async def logo():
    name = request.args.get("name") or os.environ.get("UI_LOGO_FILE", "contoso.svg")
    # expect: path-traversal
    return await send_file(os.path.join(LOGO_DIR, name))


@bp.route("/history/read", methods=["POST"])
async def conversation_read():
    user = get_authenticated_user_details(request_headers=request.headers)
    request_json = await request.get_json()
    conversation_id = request_json.get("conversation_id")
    if not conversation_id:
        return jsonify({"error": "conversation_id is required"}), 400
    conversation = await history_client().get_conversation(user["user_principal_id"], conversation_id)
    messages = await history_client().get_messages(user["user_principal_id"], conversation_id)
    return jsonify({"conversation": conversation, "messages": messages}), 200


@bp.route("/history/rename", methods=["POST"])
async def conversation_rename():
    user = get_authenticated_user_details(request_headers=request.headers)
    request_json = await request.get_json()
    conversation = await history_client().get_conversation(user["user_principal_id"], request_json.get("conversation_id"))
    conversation["title"] = request_json.get("title", "")
    await history_client().upsert_conversation(conversation)
    return jsonify(conversation), 200


@bp.route("/share/<conversation_id>")
async def share(conversation_id):
    user = get_authenticated_user_details(request_headers=request.headers)
    conversation = await history_client().get_conversation(user["user_principal_id"], conversation_id)
    if not conversation:
        return jsonify({"error": "not found"}), 404
    return render_share_page(conversation, escape_title=request.args.get("escaped") == "1")


@bp.route("/citation", methods=["POST"])
async def citation():
    request_json = await request.get_json()
    url = request_json.get("url", "")
    if request_json.get("checked"):
        return jsonify({"content": await fetch_citation_checked(url)})
    return jsonify({"content": await fetch_citation(url)})
