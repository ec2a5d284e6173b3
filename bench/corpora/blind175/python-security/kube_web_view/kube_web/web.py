"""aiohttp routes of the Kubernetes web view."""
import logging
from urllib.parse import urlparse

import aiohttp_jinja2
from aiohttp import web
from aiohttp_session import get_session

from kube_web import kubectl, kubernetes
from kube_web.links import render_label_links, render_owner_link

logger = logging.getLogger(__name__)
routes = web.RouteTableDef()


def _same_site(target):
    parsed = urlparse(target)
    return target.startswith("/") and not target.startswith("//") and not parsed.netloc and "\\" not in target


@routes.get("/oauth2/callback")
async def auth_callback(request):
    session = await get_session(request)
    if request.query.get("state") != session.get("state"):
        raise web.HTTPForbidden(text="state mismatch")
    client = request.app["oauth2_client"]
    token, _ = await client.get_access_token(request.query["code"])
    session["access_token"] = token
    original = request.query.get("original_url") or session.pop("original_url", "/")
    # expect: open-redirect
    raise web.HTTPFound(location=original)


@routes.get("/logout")
async def logout(request):
    session = await get_session(request)
    session.invalidate()
    target = request.query.get("next", "/")
    if not _same_site(target):
        target = "/"
    raise web.HTTPFound(location=target)


@routes.get("/clusters/{cluster}/namespaces/{namespace}/{plural}/{name}")
@aiohttp_jinja2.template("resource-view.html")
async def get_resource_view(request):
    cluster = request.app["cluster_manager"].get(request.match_info["cluster"])
    resource = await kubernetes.get_resource(
        cluster.api, request.match_info["plural"], request.match_info["namespace"], request.match_info["name"]
    )
    return {
        "resource": resource,
        "label_links": render_label_links(request.app["config"].label_links, resource.labels),
        "owner_link": render_owner_link(cluster.name, resource),
    }


@routes.get("/clusters/{cluster}/namespaces/{namespace}/pods/{name}/logs")
async def get_pod_logs(request):
    cluster = request.app["cluster_manager"].get(request.match_info["cluster"])
    tail_lines = int(request.query.get("tail_lines", "200"))
    container = request.query.get("container")
    text = await kubernetes.pod_logs(
        cluster.api, request.match_info["namespace"], request.match_info["name"],
        container=container, tail_lines=min(tail_lines, 5000),
    )
    return web.Response(text=text, content_type="text/plain")


@routes.get("/clusters/{cluster}/_explain/{kind}")
async def explain(request):
    cluster = request.app["cluster_manager"].get(request.match_info["cluster"])
    field = request.query.get("field", "")
    output = await kubectl.explain(cluster.context, request.match_info["kind"], field)
    return web.Response(text=output, content_type="text/plain")


@routes.get("/clusters/{cluster}/_api-versions")
async def api_versions(request):
    cluster = request.app["cluster_manager"].get(request.match_info["cluster"])
    output = await kubectl.api_versions(cluster.context)
    return web.json_response(output.split())
