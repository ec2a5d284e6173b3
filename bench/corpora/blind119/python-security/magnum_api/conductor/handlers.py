"""Cluster conductor handlers: discovery, resize via kubectl, kubeconfig files."""
import os
import subprocess

import requests

from magnum_api.db import api as dbapi

DEFAULT_DISCOVERY = "https://discovery.etcd.io/new"
CONFIG_DIR = "/var/lib/magnum/kubeconfigs"


class ClusterConductor:
    def _discovery_token(self, cluster):
        url = cluster.get("discovery_url")
        if not url:
            return requests.get(DEFAULT_DISCOVERY, params={"size": cluster["node_count"]}, timeout=10).text
        # expect: ssrf
        return requests.get(url, timeout=10).text

    def cluster_create(self, cluster, create_timeout):
        cluster["discovery_url"] = self._discovery_token(cluster)
        dbapi.create_cluster(cluster)
        return cluster["uuid"]

    def cluster_resize(self, cluster_uuid, node_count, nodes_to_remove=()):
        cluster = dbapi.get_cluster(cluster_uuid)
        for node in nodes_to_remove:
            # expect: command-injection
            subprocess.run(f"kubectl --kubeconfig {CONFIG_DIR}/{cluster['uuid']} drain {node} --ignore-daemonsets", shell=True, check=False)
        subprocess.run(["kubectl", "--kubeconfig", os.path.join(CONFIG_DIR, cluster["uuid"]), "get", "nodes"], check=False)
        dbapi.update_cluster(cluster_uuid, node_count=node_count)

    def write_config(self, cluster_uuid):
        cluster = dbapi.get_cluster(cluster_uuid)
        # expect: path-traversal
        with open(os.path.join(CONFIG_DIR, f"{cluster['name']}.yaml"), "w") as fh:
            fh.write(cluster.get("kubeconfig", ""))
        with open(os.path.join(CONFIG_DIR, cluster["uuid"]), "w") as fh:
            fh.write(cluster.get("kubeconfig", ""))
        return {"path": cluster["uuid"]}
