import os

from flask import abort, current_app, jsonify, request, send_file
from webargs import fields, validate
from webargs.flaskparser import use_args

from ..tasks import EXPORT_DIR, export_db
from . import ProtectedResource

EXTENSIONS = ("gramps", "gedcom", "csv", "vcf", "gw")


class ExporterFileResource(ProtectedResource):
    @use_args(
        {
            "filename": fields.Str(load_default=None),
            "living": fields.Str(load_default="IncludeAll"),
        },
        location="query",
    )
    def post(self, args, extension):
        if extension not in EXTENSIONS:
            abort(404)
        task = export_db.delay(current_app.config["TREE"], extension, dict(args))
        return jsonify(task_id=task.id), 202


class ExporterFileResultResource(ProtectedResource):
    def get(self):
        filename = request.args.get("file", "")
        # expect: path-traversal
        return send_file(os.path.join(EXPORT_DIR, filename), as_attachment=True)


class ExporterFileResultSafeResource(ProtectedResource):
    def get(self):
        filename = request.args.get("file", "")
        path = os.path.realpath(os.path.join(EXPORT_DIR, filename))
        if os.path.commonpath([path, os.path.realpath(EXPORT_DIR)]) != os.path.realpath(EXPORT_DIR):
            abort(404)
        return send_file(path, as_attachment=True)
