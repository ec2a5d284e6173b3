"""A compute the controller connects to over HTTP."""
import uuid

import aiohttp


class Compute:
    def __init__(self, compute_id, protocol="http", host="127.0.0.1", port=3080, user=None, password=None, name=None):
        self.id = compute_id or str(uuid.uuid4())
        self.protocol = protocol if protocol in ("http", "https") else "http"
        self.host = host
        self.port = int(port)
        self.name = name or host

    async def connect(self):
        async with aiohttp.ClientSession() as session:
            # expect: ssrf
            async with session.get(f"{self.protocol}://{self.host}:{self.port}/v2/compute/version", timeout=aiohttp.ClientTimeout(total=10)) as resp:
                return await resp.json()

    async def local_version(self):
        async with aiohttp.ClientSession() as session:
            async with session.get("http://127.0.0.1:3080/v2/compute/version") as resp:
                return await resp.json()
