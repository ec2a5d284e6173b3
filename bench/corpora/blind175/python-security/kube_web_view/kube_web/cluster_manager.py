"""Clusters from kubeconfig, from the service account, or from a registry."""
import logging

import aiohttp
import pykube

logger = logging.getLogger(__name__)


class ClusterNotFound(Exception):
    pass


class Cluster:
    def __init__(self, name, api, context=None, labels=None):
        self.name = name
        self.api = api
        self.context = context or name
        self.labels = labels or {}


class ClusterManager:
    def __init__(self, kubeconfig_path=None, registry_url=None, registry_token=None):
        self._clusters = {}
        self._registry_url = registry_url
        self._registry_token = registry_token
        if kubeconfig_path:
            config = pykube.KubeConfig.from_file(kubeconfig_path)
            for context in config.contexts:
                config.set_current_context(context)
                self._clusters[context] = Cluster(context, pykube.HTTPClient(config), context)

    async def refresh_from_registry(self):
        """The registry URL is a command-line option of the operator."""
        if not self._registry_url:
            return
        headers = {"Authorization": f"Bearer {self._registry_token}"} if self._registry_token else {}
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            async with session.get(f"{self._registry_url}/kubernetes-clusters", headers=headers) as response:
                data = await response.json()
        for item in data.get("items", []):
            if item.get("lifecycle_status") != "ready":
                continue
            config = pykube.KubeConfig.from_url(item["api_server_url"])
            self._clusters[item["alias"]] = Cluster(item["alias"], pykube.HTTPClient(config), labels=item.get("labels"))

    def get(self, name):
        cluster = self._clusters.get(name)
        if cluster is None:
            raise ClusterNotFound(name)
        return cluster

    def names(self):
        return sorted(self._clusters)
