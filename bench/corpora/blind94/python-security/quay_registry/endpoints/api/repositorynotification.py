import json

from flask import request

from quay_registry.data.database import RepositoryNotification
from quay_registry.endpoints.api import ApiResource, nickname, resource, validate_json_request
from quay_registry.notifications.methods import get_method


@resource("/v1/repository/<apirepopath:repository>/notification/")
class RepositoryNotificationList(ApiResource):
    @nickname("createRepoNotification")
    @validate_json_request("NotificationCreateRequest")
    def post(self, namespace, repository):
        parsed = request.get_json()
        method = parsed.get("method") or "webhook"
        config = parsed.get("config", {})
        note = RepositoryNotification.create(repository=repository, method=method, config_json=json.dumps(config))
        return {"uuid": note.id}, 201


@resource("/v1/repository/<apirepopath:repository>/notification/<uuid>/test")
class TestRepositoryNotification(ApiResource):
    @nickname("testRepoNotification")
    def post(self, namespace, repository, uuid):
        note = RepositoryNotification.get_by_id(uuid)
        handler = get_method(note.method)
        handler.perform(json.loads(note.config_json), {"repository": repository, "namespace": namespace})
        return {}, 200
