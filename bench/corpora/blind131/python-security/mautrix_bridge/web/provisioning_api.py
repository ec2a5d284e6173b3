import html
import os
import uuid

from aiohttp import web

from mautrix_bridge.db.puppet import Puppet
from mautrix_bridge.portal import Portal


class ProvisioningAPI:
    def __init__(self, bridge, shared_secret, media_dir):
        self.bridge = bridge
        self.shared_secret = shared_secret
        self.media_dir = media_dir
        self.app = web.Application()
        self.app.router.add_get("/v1/contacts/search", self.search_contacts)
        self.app.router.add_post("/v1/portal/{room_id}/relay", self.set_relay)
        self.app.router.add_post("/v1/media/upload", self.upload_media)
        self.app.router.add_get("/v1/login/qr", self.login_qr_page)

    def check_token(self, request):
        token = request.headers.get("Authorization", "")[len("Bearer "):]
        if token != self.shared_secret:
            raise web.HTTPForbidden()
        return self.bridge.get_user(request.query.get("user_id"))

    async def search_contacts(self, request):
        self.check_token(request)
        query = request.query.get("query", "")
        puppets = await Puppet.search(query)
        exact = await Puppet.get_by_username(query)
        return web.json_response({"results": [p.displayname for p in puppets], "exact": exact})

    async def set_relay(self, request):
        user = self.check_token(request)
        data = await request.json()
        portal = await Portal.get_by_mxid(request.match_info["room_id"])
        await portal.set_relay(user, webhook=data.get("webhook_url"))
        return web.json_response({})

    async def upload_media(self, request):
        self.check_token(request)
        reader = await request.multipart()
        part = await reader.next()
        name = part.filename or uuid.uuid4().hex
        target = os.path.join(self.media_dir, name)
        # expect: path-traversal
        with open(target, "wb") as out:
            out.write(await part.read())
        with open(os.path.join(self.media_dir, uuid.uuid4().hex), "wb") as out:
            out.write(b"")
        return web.json_response({"path": name})

    async def login_qr_page(self, request):
        user = self.check_token(request)
        user_id = request.query.get("user_id", "")
        safe = html.escape(user.mxid)
        # expect: xss
        return web.Response(text=f"<html><body><h1>Log in {user_id}</h1><p>{safe}</p></body></html>", content_type="text/html")
