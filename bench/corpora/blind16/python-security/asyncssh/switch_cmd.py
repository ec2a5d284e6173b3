# library: asyncssh
import ipaddress
import shlex

import asyncssh
from aiohttp import web

SWITCH = "switch01.mgmt"


async def ping(request):
    target = request.query["target"]
    async with asyncssh.connect(SWITCH, known_hosts="/etc/ssh/known_hosts") as conn:
        # expect: command-injection
        result = await conn.run(f"ping -c 3 {target}")
    return web.json_response({"out": result.stdout})


async def ping_checked(request):
    target = str(ipaddress.ip_address(request.query["target"]))
    async with asyncssh.connect(SWITCH, known_hosts="/etc/ssh/known_hosts") as conn:
        result = await conn.run(f"ping -c 3 {target}")
    return web.json_response({"out": result.stdout})


async def show_iface(request):
    iface = request.query["iface"]
    async with asyncssh.connect(SWITCH, known_hosts="/etc/ssh/known_hosts") as conn:
        result = await conn.run("ip addr show " + shlex.quote(iface))
    return web.json_response({"out": result.stdout})


async def uptime(request):
    async with asyncssh.connect(SWITCH, known_hosts="/etc/ssh/known_hosts") as conn:
        result = await conn.run("uptime")
    return web.json_response({"out": result.stdout})


async def tail(request):
    path = request.query["path"]
    async with asyncssh.connect(SWITCH, known_hosts="/etc/ssh/known_hosts") as conn:
        # expect: command-injection
        proc = await conn.create_process("tail -n 50 %s" % path)
        out = await proc.stdout.read()
    return web.json_response({"out": out})
