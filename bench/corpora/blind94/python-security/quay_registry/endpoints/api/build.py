from flask import request

from quay_registry.buildman.context import read_dockerfile, read_dockerfile_checked
from quay_registry.endpoints.api import ApiResource, nickname, resource, validate_json_request


@resource("/v1/repository/<apirepopath:repository>/build/")
class RepositoryBuildList(ApiResource):
    @nickname("requestRepoBuild")
    @validate_json_request("RepositoryBuildRequest")
    def post(self, namespace, repository):
        body = request.get_json()
        subdir = body.get("subdirectory", "/")
        context = body.get("context") or subdir
        dockerfile = read_dockerfile(body["archive_id"], context)
        checked = read_dockerfile_checked(body["archive_id"], subdir)
        return {"dockerfile": dockerfile, "same": dockerfile == checked}, 201
