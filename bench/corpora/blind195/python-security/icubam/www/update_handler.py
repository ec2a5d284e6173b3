import tornado.escape
import tornado.web

from icubam.www.token import TokenEncoder


class UpdateHandler(tornado.web.RequestHandler):
    ROUTE = "update"

    def initialize(self, config, db, queue):
        self.config = config
        self.db = db
        self.queue = queue
        self.token_encoder = TokenEncoder(config)

    def _input(self):
        token = self.get_query_argument("id", None) or self.get_body_argument("id", None)
        if token is None:
            return None
        data = self.token_encoder.decode(token)
        if data is None and self.config.get("accept_legacy_links"):
            data = self.token_encoder.decode_legacy(token)
        return data

    def get(self):
        data = self._input()
        if data is None:
            raise tornado.web.HTTPError(404)
        icu = self.db.get_icu(int(data["icu_id"]))
        self.render("update_form.html", icu=icu, token=self.get_query_argument("id"))

    async def post(self):
        data = self._input()
        if data is None:
            raise tornado.web.HTTPError(403)
        counts = tornado.escape.json_decode(self.request.body)
        counts["icu_id"] = int(data["icu_id"])
        counts["user_id"] = int(data["user_id"])
        await self.queue.put(counts)
        self.write({"ok": True})
