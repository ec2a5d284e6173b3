import os
import uuid

from flask import abort, current_app, jsonify, request
from flask_login import current_user, login_required
from flask_restful import Resource, reqparse
from markupsafe import Markup, escape

from .models import Sketch, Story
from .tasks import run_plaso
from .exporter import StoryExporter


class ResourceMixin:
    def get_sketch_or_abort(self, sketch_id):
        sketch = Sketch.query.get(int(sketch_id))
        if sketch is None or not sketch.has_permission(current_user, "read"):
            abort(404)
        return sketch

    @staticmethod
    def form_value(name, default=None):
        value = request.form.get(name)
        if not value:
            value = default
        return value


class UploadFileResource(ResourceMixin, Resource):
    @login_required
    def post(self):
        file_storage = request.files.get("file")
        sketch_id = self.form_value("sketch_id")
        index_name = self.form_value("index_name", uuid.uuid4().hex)
        timeline_name = self.form_value("name", file_storage.filename)
        upload_folder = current_app.config["UPLOAD_FOLDER"]
        file_path = os.path.join(upload_folder, file_storage.filename)
        # expect: path-traversal
        file_storage.save(file_path)
        safe_path = os.path.join(upload_folder, uuid.uuid4().hex)
        file_storage.save(safe_path)
        run_plaso.delay(safe_path, index_name, timeline_name, sketch_id)
        return jsonify({"index_name": index_name}), 201


class SketchListResource(ResourceMixin, Resource):
    def __init__(self):
        self.parser = reqparse.RequestParser()
        self.parser.add_argument("search", type=str, location="args", default="")
        self.parser.add_argument("per_page", type=int, location="args", default=10)

    @login_required
    def get(self):
        args = self.parser.parse_args()
        sketches = Sketch.search_by_name(args["search"], args["per_page"])
        return jsonify({"objects": sketches})


class StoryResource(ResourceMixin, Resource):
    @login_required
    def post(self, sketch_id, story_id):
        sketch = self.get_sketch_or_abort(sketch_id)
        story = Story.query.get(int(story_id))
        form = request.get_json(force=True)
        story.title = form.get("title", "")
        story.content = form.get("content", "[]")
        story.save()
        return jsonify({"id": story.id, "sketch": sketch.id})

    @login_required
    def get(self, sketch_id, story_id):
        self.get_sketch_or_abort(sketch_id)
        story = Story.query.get(int(story_id))
        exporter = StoryExporter(story)
        return exporter.export_html()

    @staticmethod
    def title_badge(story):
        return Markup("<span class='badge'>%s</span>") % escape(story.title)
