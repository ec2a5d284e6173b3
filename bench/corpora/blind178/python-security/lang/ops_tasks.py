"""Small aiohttp service the on-call team uses to run diagnostics on a host."""
import asyncio
import ipaddress
import shlex

from aiohttp import web

ALLOWED_UNITS = {"nginx", "postgresql", "redis-server", "app-worker"}


async def run_shell(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return proc.returncode, out.decode(errors="replace")


async def ping(request):
    target = request.query.get("host", "")
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell("ping -c 3 " + target, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())


async def traceroute(request):
    addr = ipaddress.ip_address(request.query["ip"])
    proc = await asyncio.create_subprocess_shell(f"traceroute -n -w 2 {addr}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())


async def journal(request):
    unit = request.match_info["unit"]
    if unit not in ALLOWED_UNITS:
        raise web.HTTPNotFound()
    code, out = await run_shell("journalctl -n 200 --no-pager -u " + shlex.quote(unit))
    return web.Response(text=out, status=200 if code == 0 else 500)


async def grep_logs(request):
    body = await request.json()
    pattern = body["pattern"]
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"grep -rn '{pattern}' /var/log/app | tail -n 100", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(text=out.decode(errors="replace"))


async def uptime(request):
    cmd = "uptime && free -m"
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())


def make_app():
    app = web.Application()
    app.router.add_get("/ping", ping)
    app.router.add_get("/traceroute", traceroute)
    app.router.add_get("/journal/{unit}", journal)
    app.router.add_post("/grep", grep_logs)
    app.router.add_get("/uptime", uptime)
    return app
