"""flask-restful Resources in Zou's blueprint style: args via a base-class helper."""
from flask import request, send_file
from flask_jwt_extended import jwt_required
from flask_restful import Resource

from .services import files_service, preview_files_service, tasks_service
from .utils import fs


class ArgsMixin:
    def get_args(self, descriptors):
        data = request.get_json(silent=True) or {}
        args = {}
        for name, default, required in descriptors:
            value = data.get(name, request.args.get(name, default))
            if required and value is None:
                raise ValueError(f"{name} is required")
            args[name] = value
        return args


class PreviewFileResource(Resource, ArgsMixin):
    @jwt_required()
    def get(self, instance_id, prefix="previews"):
        extension = request.args.get("extension", "png")
        path = fs.get_file_path(prefix, instance_id, extension)
        return send_file(path, conditional=True)


class ThumbnailFromUrlResource(Resource, ArgsMixin):
    @jwt_required()
    def post(self, entity_id):
        args = self.get_args([("url", None, True), ("name", "thumbnail", False)])
        preview_files_service.import_from_url(entity_id, args["url"], args["name"])
        return {"status": "ok"}, 201


class MovieConvertResource(Resource, ArgsMixin):
    @jwt_required()
    def post(self, preview_file_id):
        args = self.get_args([("original_name", "movie.mp4", False), ("fps", "25", False)])
        preview_files_service.normalize_movie(preview_file_id, args["original_name"], args["fps"])
        return {"status": "queued"}, 202


class TasksSearchResource(Resource, ArgsMixin):
    @jwt_required()
    def get(self, project_id):
        args = self.get_args([("order_by", "created_at", False), ("task_status", None, False)])
        return tasks_service.get_tasks_for_project(project_id, args["order_by"], args["task_status"])


class WorkingFileResource(Resource, ArgsMixin):
    @jwt_required()
    def get(self, working_file_id):
        return files_service.get_working_file_path(working_file_id)
