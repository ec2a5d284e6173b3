"""Blueprint resources (Flask-RESTful)."""
from flask import request

from manager_rest.rest import rest_decorators, rest_utils
from manager_rest.security import SecuredResource
from manager_rest.security.authorization import authorize
from manager_rest.storage import get_storage_manager, models
from manager_rest.upload_manager import UploadedBlueprintsManager


class Blueprints(SecuredResource):

    @authorize("blueprint_list")
    @rest_decorators.paginate
    def get(self, pagination=None):
        sort = request.args.get("_sort")
        return get_storage_manager().list_sorted(models.Blueprint, sort=sort, pagination=pagination)


class BlueprintsId(SecuredResource):

    def __init__(self):
        self.upload_manager = UploadedBlueprintsManager()

    @authorize("blueprint_upload")
    def put(self, blueprint_id, **kwargs):
        rest_utils.validate_inputs({"blueprint_id": blueprint_id})
        args = {
            "url": request.args.get("blueprint_archive_url"),
            "application_file_name": request.args.get("application_file_name", "blueprint.yaml"),
        }
        return self.upload_manager.receive_uploaded_data(blueprint_id, **args), 201
