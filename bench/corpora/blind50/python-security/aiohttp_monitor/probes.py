"""Network probes run on behalf of the monitor API."""
import asyncio
import ipaddress
import logging
import shlex

import aiohttp

log = logging.getLogger("monitor.probes")

PROBE_BASE = "https://probe.monitor.example.com"


async def ping(host, count=3):
    cmd = "ping -c {} {}".format(count, host)
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")


async def ping_exec(host, count=3):
    addr = ipaddress.ip_address(host)
    proc = await asyncio.create_subprocess_exec("ping", "-c", str(int(count)), str(addr), stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")


async def traceroute_quoted(host):
    proc = await asyncio.create_subprocess_shell("traceroute -m 15 " + shlex.quote(host), stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")


class HttpProbe:
    def __init__(self, session: aiohttp.ClientSession):
        self.session = session

    async def check(self, url):
        # expect: ssrf
        async with self.session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
            return resp.status

    async def check_via_service(self, target):
        async with self.session.get(f"{PROBE_BASE}/check", params={"target": target}) as resp:
            return resp.status
