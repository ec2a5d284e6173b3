"""Container registry scanner: list repositories and tags of a registry."""
import logging

import aiohttp
import yarl

log = logging.getLogger(__name__)
TIMEOUT = aiohttp.ClientTimeout(total=30)


class RegistryScanner:
    def __init__(self, shared_config):
        self.shared_config = shared_config

    async def _catalog(self, session, base, project):
        url = base / "v2" / "_catalog"
        async with session.get(url, params={"n": "100"}) as resp:
            resp.raise_for_status()
            data = await resp.json()
        return [repo for repo in data.get("repositories", []) if repo.startswith(f"{project}/")]

    async def scan_url(self, registry_url, project):
        """Scan a registry given by URL (used before the registry is saved)."""
        base = yarl.URL(registry_url)
        async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
            # expect: ssrf
            async with session.get(base / "v2" / "_catalog", params={"n": "100"}) as resp:
                resp.raise_for_status()
                data = await resp.json()
        return [repo for repo in data.get("repositories", []) if repo.startswith(f"{project}/")]

    async def scan_configured(self, registry_name):
        """Scan a registry registered in etcd by the superadmin."""
        registries = await self.shared_config.get_container_registries()
        info = registries.get(registry_name)
        if info is None:
            raise KeyError(registry_name)
        base = yarl.URL(info["url"])
        async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
            return await self._catalog(session, base, info.get("project", "library"))
