"""Route table for the tracker blueprint."""
from sanic import Blueprint

import views

app_routes = Blueprint("tracker", url_prefix="/")

app_routes.add_route(views.track_event, "/track", methods=["POST"])
app_routes.add_route(views.list_events, "/events", methods=["GET"])
app_routes.add_route(views.upload_mapping, "/admin/mappings", methods=["POST"])
app_routes.add_route(views.upload_mapping_json, "/admin/mappings.json", methods=["POST"])
app_routes.add_route(views.list_mappings, "/admin/mappings", methods=["GET"])
app_routes.add_route(views.export_events, "/admin/export", methods=["POST"])
app_routes.add_route(views.download_export, "/admin/export/download", methods=["GET"])
app_routes.add_route(views.download_export_by_id, "/admin/export/<export_id:uuid>", methods=["GET"])
app_routes.add_route(views.health, "/health", methods=["GET"])

__all__ = ["app_routes"]


ROUTE_DOCS = {
    "/track": "Accept one raw event (JSON with name and properties).",
    "/events": "Most recent stored events, newest first.",
    "/admin/mappings": "Replace (POST YAML) or read (GET) the mapping rules.",
    "/admin/mappings.json": "Replace the mapping rules from JSON.",
    "/admin/export": "Write recent events to a JSONL export.",
    "/health": "Liveness probe.",
}


@app_routes.get("/routes")
async def route_docs(request):
    from sanic.response import json

    return json(ROUTE_DOCS)


@app_routes.exception(ValueError)
async def bad_value(request, exception):
    from sanic.response import json

    return json({"error": str(exception)[:200]}, status=400)
