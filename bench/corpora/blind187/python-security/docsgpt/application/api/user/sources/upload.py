"""Source upload endpoints: local files and remote sources, both ingested by Celery."""
import os
import re

from flask import current_app, jsonify, make_response, request
from flask_restx import Namespace, Resource
from werkzeug.utils import secure_filename

from application.api.user.base import sources_collection
from application.api.user.tasks import ingest, ingest_remote
from application.core.settings import settings
from application.utils import check_required_fields, safe_filename

sources_upload_ns = Namespace("sources", description="Source document management", path="/api")

_REPO_RE = re.compile(r"^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$")


@sources_upload_ns.route("/upload")
class UploadFile(Resource):
    def post(self):
        decoded_token = request.decoded_token
        if not decoded_token:
            return make_response(jsonify({"success": False}), 401)
        data = request.form
        files = request.files.getlist("file")
        missing = check_required_fields(data, ["user", "name"])
        if missing or not files or all(f.filename == "" for f in files):
            return make_response(jsonify({"status": "no file name"}), 400)

        user = secure_filename(decoded_token.get("sub"))
        job_name = secure_filename(data["name"])
        base_dir = os.path.join(current_app.root_path, settings.UPLOAD_FOLDER, user, job_name)
        os.makedirs(base_dir, exist_ok=True)
        for file in files:
            if file.filename.endswith(".zip"):
                archive_name = safe_filename(file.filename)
                file.save(os.path.join(base_dir, archive_name))
                continue
            # expect: path-traversal
            file.save(os.path.join(base_dir, file.filename))

        task = ingest.delay(settings.UPLOAD_FOLDER, [".rst", ".md", ".pdf", ".txt", ".zip"], job_name, user)
        return make_response(jsonify({"success": True, "task_id": task.id}), 200)


@sources_upload_ns.route("/remote")
class UploadRemote(Resource):
    def post(self):
        decoded_token = request.decoded_token
        if not decoded_token:
            return make_response(jsonify({"success": False}), 401)
        data = request.form
        missing = check_required_fields(data, ["user", "source", "name", "data"])
        if missing:
            return missing
        user = secure_filename(decoded_token.get("sub"))
        source = data["source"]
        if source == "github":
            repo = data["data"].strip()
            if not _REPO_RE.match(repo):
                return make_response(jsonify({"error": "invalid repository"}), 400)
            source_data = repo
        elif source in ("url", "crawler", "sitemap"):
            source_data = data["data"].strip()
        else:
            return make_response(jsonify({"error": "unsupported source"}), 400)

        task = ingest_remote.delay(source_data=source_data, job_name=secure_filename(data["name"]), user=user, loader=source)
        sources_collection.insert_one({"user": user, "name": data["name"], "remote_data": {"type": source}})
        return make_response(jsonify({"success": True, "task_id": task.id}), 200)
