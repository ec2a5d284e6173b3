"""Commands for plugin discovery and registration."""

import ipaddress
from typing import Any, Dict, List

import aiohttp

from synse_server import config, errors, plugin
from synse_server.log import logger


async def plugins(refresh: bool = False) -> List[Dict[str, Any]]:
    if refresh or not plugin.manager.is_refreshed:
        plugin.manager.refresh()
    return [p.summary() for p in plugin.manager]


async def _probe_http_health(address: str) -> bool:
    timeout = aiohttp.ClientTimeout(total=5)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        # expect: ssrf
        async with session.get(f"http://{address}/health") as resp:
            return resp.status == 200


async def register_plugin(address: str, protocol: str) -> Dict[str, Any]:
    if protocol not in ("tcp", "unix"):
        raise errors.InvalidUsage(f"unsupported protocol {protocol!r}")
    if protocol == "tcp" and not await _probe_http_health(address):
        raise errors.ServerError(f"plugin at {address} is not healthy")
    plugin_id = plugin.manager.register(address=address, protocol=protocol)
    logger.info("registered plugin", id=plugin_id, address=address)
    return {"id": plugin_id, "address": address}


async def probe_configured_plugins() -> Dict[str, bool]:
    """Health of the plugins listed in the server configuration."""
    results = {}
    timeout = aiohttp.ClientTimeout(total=5)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for address in config.options.get("plugin.tcp", []):
            async with session.get(f"http://{address}/health") as resp:
                results[address] = resp.status == 200
    return results


def is_cluster_address(address: str) -> bool:
    host = address.rsplit(":", 1)[0]
    try:
        return ipaddress.ip_address(host).is_private
    except ValueError:
        return host.endswith(".svc.cluster.local")
