"""Server API resources (Flask-RESTful)."""
import logging
from http import HTTPStatus

from flask import g, request, send_file
from flask_restful import Resource

from . import services
from .serialization import deserialize_input

log = logging.getLogger(__name__)


class ServicesResources(Resource):
    def __init__(self, socketio=None, config=None):
        self.socketio = socketio
        self.config = config or {}


class Organizations(ServicesResources):
    def get(self):
        args = request.args
        page = int(args.get("page", 1))
        per_page = int(args.get("per_page", 10))
        orgs = services.list_organizations(
            g.session, name=args.get("name"), sort=args.get("sort"), page=page, per_page=per_page
        )
        return {"data": orgs}, HTTPStatus.OK


class Tasks(ServicesResources):
    def post(self):
        data = request.get_json()
        fmt = data.get("data_format", "json")
        task_input = deserialize_input(data["input"], fmt)
        task = services.create_task(
            g.session,
            name=data.get("name", ""),
            image=data["image"],
            collaboration_id=int(data["collaboration_id"]),
            method=task_input.get("method"),
        )
        self.socketio.emit("new_task", {"id": task.id}, room=f"collaboration_{task.collaboration_id}")
        return {"id": task.id}, HTTPStatus.CREATED


class AlgorithmStores(ServicesResources):
    def post(self):
        data = request.get_json()
        url = data["algorithm_store_url"]
        server_url = self.config.get("server_url")
        services.register_algorithm_store(g.session, url=url, server_url=server_url)
        return {"msg": "registered"}, HTTPStatus.CREATED


class CollaborationExport(ServicesResources):
    def get(self, id):
        collab_id = int(id)
        name = request.args.get("filename") or f"collaboration_{collab_id}.csv"
        path = services.export_collaboration(g.session, collab_id, name)
        return send_file(path, as_attachment=True)


def setup(api, socketio, config):
    kwargs = {"socketio": socketio, "config": config}
    api.add_resource(Organizations, "/api/organization", resource_class_kwargs=kwargs)
    api.add_resource(Tasks, "/api/task", resource_class_kwargs=kwargs)
    api.add_resource(AlgorithmStores, "/api/algorithmstore", resource_class_kwargs=kwargs)
    api.add_resource(CollaborationExport, "/api/collaboration/<int:id>/export", resource_class_kwargs=kwargs)
