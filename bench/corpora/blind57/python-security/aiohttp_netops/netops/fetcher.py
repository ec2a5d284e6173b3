"""HTTP probing helpers shared by the handlers."""
import asyncio
import logging

log = logging.getLogger("netops.fetch")

KNOWN_SERVICES = {
    "billing": "http://billing.internal:8000",
    "search": "http://search.internal:9200",
    "auth": "http://auth.internal:8443",
}


async def fetch_status(session, url):
    # expect: ssrf
    async with session.get(url) as resp:
        body = await resp.text()
        return resp.status, body[:500]


async def fetch_known(session, service, tail):
    base = KNOWN_SERVICES.get(service)
    if base is None:
        return 404, "unknown service"
    async with session.get(f"{base}/health/{int(tail or 0)}") as resp:
        return resp.status, (await resp.text())[:500]


async def run_ping(host, count="1"):
    cmd = "ping -c " + count + " -W 2 " + host
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return proc.returncode, out.decode(errors="replace")


async def run_ping_argv(host, count=1):
    proc = await asyncio.create_subprocess_exec("ping", "-c", str(count), "-W", "2", "--", host, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return proc.returncode, out.decode(errors="replace")
