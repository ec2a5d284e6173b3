from flask_restful import Resource, reqparse

from ...services.dataset_service import DatasetService
from ...services.prompt_service import PromptService
from ...tasks.document_indexing_task import document_indexing_task
from .wraps import account_initialization_required, get_app_model


class DatasetSearchApi(Resource):
    @account_initialization_required
    def get(self):
        parser = reqparse.RequestParser()
        parser.add_argument("keyword", type=str, location="args", default="")
        parser.add_argument("tag_ids", type=str, action="append", location="args")
        parser.add_argument("sort", type=str, location="args", default="-created_at")
        args = parser.parse_args()
        workspace = DatasetService.workspace_by_hint()
        return {"workspace": workspace and workspace[0], "data": DatasetService.get_datasets(args["keyword"], args["sort"], args["tag_ids"] or [])}


class DocumentImportApi(Resource):
    @account_initialization_required
    def post(self, dataset_id):
        parser = reqparse.RequestParser()
        parser.add_argument("file_key", type=str, required=True, location="json")
        parser.add_argument("page_limit", type=int, default=10, location="json")
        args = parser.parse_args()
        document_indexing_task.delay(str(dataset_id), args["file_key"], args["page_limit"])
        return {"result": "queued"}, 202


class PromptPreviewApi(Resource):
    @account_initialization_required
    @get_app_model
    def post(self, app_model):
        parser = reqparse.RequestParser()
        parser.add_argument("template", type=str, required=True, location="json")
        parser.add_argument("inputs", type=dict, default={}, location="json")
        parser.add_argument("sandboxed", type=bool, default=False, location="json")
        args = parser.parse_args()
        service = PromptService(app_model)
        if args["sandboxed"]:
            return {"text": service.render_sandboxed(args["template"], args["inputs"])}
        return {"text": service.render(args["template"], args["inputs"])}
