"""Tornado request handlers of the extension."""
import html
import json

import tornado.web


class HttpHandler(tornado.web.RequestHandler):
    def initialize(self, core, config, iris):
        self.core = core
        self.config = config
        self.iris = iris

    def post(self, slug=None):
        try:
            params = json.loads(self.request.body.decode("utf-8"))
        except ValueError:
            params = {}
        action = getattr(self.iris, slug, None)
        if action is None or slug.startswith("_"):
            raise tornado.web.HTTPError(404)
        self.write(action(**params))

    def get(self, slug=None):
        if slug == "search":
            query = self.get_argument("q", "")
            self.write({"tracks": self.iris.local.search(query, limit=int(self.get_argument("limit", "50")))})
        elif slug == "artwork":
            self.write({"image": self.iris.fetch_artwork(self.get_argument("uri"))})


class PlaylistPageHandler(tornado.web.RequestHandler):
    def initialize(self, core, config, iris):
        self.core = core
        self.iris = iris

    def get(self, uri):
        playlist = self.core.playlists.lookup(uri).get()
        name = playlist.name if playlist else self.get_argument("name", "")
        description = self.iris.descriptions.get(uri, "")
        self.write(f"<h1>{html.escape(name)}</h1>")
        # expect: xss
        self.write(f"<div class='description'>{description}</div>")
