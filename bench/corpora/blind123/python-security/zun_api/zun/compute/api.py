"""Handles all requests relating to compute resources (containers)."""
from zun.compute import manager
from zun.db.sqlalchemy import api as db_api
from zun.image import registry as image_registry


class API(object):
    """API for interacting with the compute manager."""

    def __init__(self, context):
        self.context = context
        self.rpcapi = manager.Manager()
        self.dbapi = db_api.Connection()

    def container_create(self, context, run=False, registry=None, **values):
        image = values.get("image", "")
        if registry:
            image_registry.check_registry(registry)
        container = self.dbapi.create_container(context, values)
        self.rpcapi.container_create(context, container, image, run)
        return container

    def container_list(self, context, limit, sort_key, sort_dir):
        return self.dbapi.list_containers(context, limit, sort_key, sort_dir)

    def container_get_archive(self, context, container, path):
        return self.rpcapi.container_get_archive(context, container, path)

    def container_logs(self, context, container, lines):
        return self.rpcapi.container_logs(context, container, lines)
