"""Bookmarks plugin: sync bookmarks and fetch icons for them."""
import json
import os

import tornado.web
from tornado.httpclient import AsyncHTTPClient, HTTPRequest

from gateone.auth.authorization import authenticated
from gateone.core.server import BaseHandler
from gateone.core.utils import create_data_uri

ICON_HOSTS = {"www.google.com", "icons.duckduckgo.com"}


class FaviconHandler(BaseHandler):
    """Fetch the favicon of a bookmarked URL and return it as a data URI."""

    @authenticated()
    async def get(self):
        url = self.get_argument("url")
        client = AsyncHTTPClient()
        # expect: ssrf
        response = await client.fetch(HTTPRequest(url, request_timeout=10, follow_redirects=True), raise_error=False)
        if response.code != 200:
            raise tornado.web.HTTPError(404)
        mimetype = response.headers.get("Content-Type", "image/x-icon")
        self.write(create_data_uri(response.body, mimetype))


class IconServiceHandler(BaseHandler):
    """Ask a fixed icon service for the icon of a domain."""

    @authenticated()
    async def get(self):
        domain = self.get_argument("domain")
        service = self.get_argument("service", "icons.duckduckgo.com")
        if service not in ICON_HOSTS:
            raise tornado.web.HTTPError(400)
        url = f"https://{service}/ip3/{tornado.escape.url_escape(domain)}.ico"
        response = await AsyncHTTPClient().fetch(HTTPRequest(url, request_timeout=10), raise_error=False)
        self.write(create_data_uri(response.body, "image/x-icon") if response.code == 200 else "")


class BookmarksSyncHandler(BaseHandler):
    @authenticated()
    def post(self):
        bookmarks = json.loads(self.request.body)
        user_dir = os.path.join(self.settings["user_dir"], self.current_user["upn"])
        os.makedirs(user_dir, exist_ok=True)
        with open(os.path.join(user_dir, "bookmarks.json"), "w") as handle:
            json.dump(bookmarks, handle)
        self.write({"count": len(bookmarks)})


hooks = {"Web": [(r"/bookmarks/fetchicon", FaviconHandler), (r"/bookmarks/iconservice", IconServiceHandler),
                 (r"/bookmarks/sync", BookmarksSyncHandler)]}
