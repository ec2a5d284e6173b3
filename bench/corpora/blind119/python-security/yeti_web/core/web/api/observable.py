"""Observable, export and file APIs (flask_classful), shaped on Yeti's core/web/api."""
import os
import re

from flask import request, send_file
from flask_classful import FlaskView, route

from yeti_web.core.analytics.tasks import schedule_analytics
from yeti_web.core.web.api.models import Observable, ExportTemplate
from yeti_web.core.web.helpers import requires_permissions, get_queryset

STORAGE_ROOT = "/opt/yeti/storage"


class ObservableApi(FlaskView):
    route_base = "/observable/"

    @route("/", methods=["POST"])
    @requires_permissions("write", "observable")
    def new(self):
        params = request.get_json()
        obs = Observable.add_text(params["value"], tags=params.get("tags", []))
        if params.get("refang"):
            obs.value = obs.value.replace("[.]", ".")
        schedule_analytics.delay(str(obs.id), modules=params.get("analytics", ["ProcessUrl"]))
        return {"id": str(obs.id)}

    @route("/search/", methods=["POST"])
    def search(self):
        query = request.get_json() or {}
        return {"results": get_queryset(Observable, query.get("filter", {}), int(query.get("page", 1)))}


class ExportApi(FlaskView):
    route_base = "/export/"

    @route("/<string:id>/content")
    def content(self, id):
        export = ExportTemplate.get(id)
        return export.render(Observable.objects(tags__name__in=export.include_tags))


class FileApi(FlaskView):
    route_base = "/file/"

    @route("/get/<string:sha256>")
    def get_sha(self, sha256):
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            return {"error": "bad hash"}, 400
        return send_file(os.path.join(STORAGE_ROOT, sha256))

    @route("/get/")
    def get_name(self):
        filename = request.args.get("filename", "")
        # expect: path-traversal
        return send_file(os.path.join(STORAGE_ROOT, filename), as_attachment=True)
