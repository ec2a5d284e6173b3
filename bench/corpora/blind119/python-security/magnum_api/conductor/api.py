"""Conductor API: casts to the handlers (RPC stand-in), shaped on magnum.conductor.api."""
from magnum_api.conductor.handlers import ClusterConductor


class API:
    def __init__(self):
        self._conductor = ClusterConductor()

    def cluster_create_async(self, cluster, create_timeout):
        return self._conductor.cluster_create(cluster=cluster, create_timeout=create_timeout)

    def cluster_resize_async(self, cluster_uuid, node_count, nodes_to_remove):
        return self._conductor.cluster_resize(cluster_uuid, node_count, nodes_to_remove=nodes_to_remove)

    def cluster_config(self, cluster_uuid):
        return self._conductor.write_config(cluster_uuid)
