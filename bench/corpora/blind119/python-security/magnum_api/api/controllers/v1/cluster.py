"""Cluster controllers (pecan), shaped on magnum.api.controllers.v1.cluster / cluster_actions."""
import uuid

import pecan
from pecan import rest

from magnum_api.api import expose
from magnum_api.conductor import api as conductor_api
from magnum_api.db import api as dbapi

ALLOWED_SORT = ("name", "created_at", "status", "node_count")


class ClustersController(rest.RestController):
    def __init__(self):
        super().__init__()
        self.rpcapi = conductor_api.API()

    @expose.expose("json")
    def get_all(self, marker=None, limit=None, sort_key="id", sort_dir="asc"):
        limit = int(limit or 50)
        return dbapi.get_cluster_list(pecan.request.context.project_id, limit=limit, sort_key=sort_key, sort_dir=sort_dir)

    @expose.expose("json")
    def get_all_by_status(self, status="CREATE_COMPLETE", sort_key="name"):
        key = sort_key if sort_key in ALLOWED_SORT else "name"
        return dbapi.get_cluster_list(pecan.request.context.project_id, limit=50, sort_key=key, sort_dir="asc")

    @expose.expose("json", status_code=202)
    def post(self):
        cluster = pecan.request.json
        cluster_dict = {
            "uuid": str(uuid.uuid4()),
            "name": cluster.get("name") or "cluster-" + uuid.uuid4().hex[:8],
            "discovery_url": cluster.get("discovery_url"),
            "node_count": int(cluster.get("node_count", 1)),
        }
        self.rpcapi.cluster_create_async(cluster_dict, create_timeout=int(cluster.get("create_timeout", 60)))
        return {"uuid": cluster_dict["uuid"]}


class ActionsController(rest.RestController):
    def __init__(self):
        super().__init__()
        self.rpcapi = conductor_api.API()

    @expose.expose("json", status_code=202)
    def resize(self, cluster_ident):
        body = pecan.request.json
        nodes = body.get("nodes_to_remove", [])
        self.rpcapi.cluster_resize_async(cluster_ident, node_count=int(body["node_count"]), nodes_to_remove=nodes)
        return {"uuid": cluster_ident}

    @expose.expose("json")
    def config(self, cluster_ident):
        return self.rpcapi.cluster_config(cluster_ident)
