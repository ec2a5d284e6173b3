import logging

from aiohttp import web

from . import fetcher

log = logging.getLogger("netops")


async def probe(request):
    url = request["upstream"].rstrip("/") + "/" + request.match_info["tail"]
    status, body = await fetcher.fetch_status(request.app["http"], url)
    return web.json_response({"status": status, "body": body})


async def probe_known(request):
    status, body = await fetcher.fetch_known(request.app["http"], request.match_info["service"], request.match_info["tail"])
    return web.json_response({"status": status, "body": body})


async def ping(request):
    data = await request.post()
    host, count = data.get("host", ""), data.get("count") or "1"
    code, out = await fetcher.run_ping(host, count)
    return web.json_response({"code": code, "output": out})


async def ping_argv(request):
    data = await request.json()
    try:
        count = min(int(data.get("count", 1)), 5)
    except (TypeError, ValueError):
        count = 1
    code, out = await fetcher.run_ping_argv(str(data.get("host", "")), count)
    return web.json_response({"code": code, "output": out})


async def trace(request):
    target = request.query.get("target", "")
    # expect: log-injection
    log.warning(f"trace requested by {request['operator']} for {target}")
    return web.json_response({"queued": True})


class DiagnosticsView(web.View):
    async def get(self):
        label = self.request.query.get("label", "diagnostics")
        rows = "".join(f"<li>{name}</li>" for name in fetcher.KNOWN_SERVICES)
        # expect: xss
        return web.Response(text=f"<h2>{label}</h2><ul>{rows}</ul>", content_type="text/html")

    async def post(self):
        data = await self.request.post()
        label = data.get("label", "diagnostics")
        return web.json_response({"label": label, "services": sorted(fetcher.KNOWN_SERVICES)})
