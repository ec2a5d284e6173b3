"""Command implementations behind the HTTP and WebSocket APIs."""

from typing import Any, Dict, List

from synse_server import cache, plugin
from synse_server.cmd.config import update_config, validate_config
from synse_server.cmd.plugin import plugins, register_plugin

__all__ = [
    "plugins", "register_plugin", "update_config", "validate_config",
    "read_device", "write_sync", "tags",
]


async def read_device(device_id: str) -> List[Dict[str, Any]]:
    p = await cache.get_plugin(device_id)
    if p is None:
        return []
    with p as client:
        return [reading.to_dict() for reading in client.read(device_id=device_id)]


async def write_sync(device_id: str, payload) -> List[Dict[str, Any]]:
    p = await cache.get_plugin(device_id)
    if p is None:
        return []
    with p as client:
        return [t.to_dict() for t in client.write_sync(device_id=device_id, data=payload)]


async def tags(*namespaces: str, with_id_tags: bool = False) -> List[str]:
    all_tags = await cache.get_cached_tags(*namespaces)
    if not with_id_tags:
        all_tags = [t for t in all_tags if not t.startswith("system/id:")]
    return sorted(all_tags)


def plugin_count() -> int:
    return len(list(plugin.manager))
