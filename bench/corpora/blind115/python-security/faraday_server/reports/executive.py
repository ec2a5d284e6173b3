import requests
from flask import Blueprint, request, jsonify

from ..models import ReportSettings

executive_api = Blueprint("executive_reports", __name__)


@executive_api.route("/v3/settings/reports", methods=["PATCH"])
def update_settings():
    body = request.get_json(force=True)
    ReportSettings.set("logo_url", body.get("logo_url", ""))
    ReportSettings.set("title", body.get("title", "Faraday report"))
    return jsonify({"ok": True})


@executive_api.route("/v3/ws/<workspace_name>/reports/generate", methods=["POST"])
def generate(workspace_name):
    logo_url = ReportSettings.get("logo_url")
    logo = b""
    if logo_url:
        # expect: ssrf
        logo = requests.get(logo_url, timeout=20).content
    return jsonify({"workspace": workspace_name, "logo_bytes": len(logo)})
