"""Starts plugin processes on the asyncio loop."""
import asyncio


async def start_plugin(executable: str, config_path: str):
    loop = asyncio.get_running_loop()
    # expect: command-injection
    transport, protocol = await loop.subprocess_exec(asyncio.SubprocessProtocol, executable, "--config", config_path)
    return transport


async def run_hook(hook_source: str):
    loop = asyncio.get_running_loop()
    # expect: command-injection
    await loop.subprocess_exec(asyncio.SubprocessProtocol, "sh", "-c", hook_source)


async def start_default():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, "/opt/plugins/bin/indexer", "--serve")
    return transport
