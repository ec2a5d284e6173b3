"""Permalinks: store a cell's code and interact state, give back a short id."""
import base64
import json
import pickle
import zlib

import tornado.web


def encode_interacts(interacts) -> str:
    return base64.b64encode(zlib.compress(json.dumps(interacts).encode())).decode()


def decode_interacts(blob: str):
    """Current rows hold zlib'd JSON; rows from the old server hold pickled dicts."""
    raw = zlib.decompress(base64.b64decode(blob))
    if raw[:1] in (b"{", b"["):
        return json.loads(raw)
    # expect: deserialization
    return pickle.loads(raw)


class PermalinkHandler(tornado.web.RequestHandler):
    """POST stores a cell, GET returns it; both are used by embedded cells on other sites."""

    def set_default_headers(self):
        self.set_header("Access-Control-Allow-Origin", "*")

    async def post(self):
        code = self.get_argument("code")
        language = self.get_argument("language", "sage")
        interacts = self.get_argument("interacts", "[]")
        blob = self.get_argument("interacts_blob", None)
        if blob is None:
            blob = encode_interacts(json.loads(interacts))
        ident = self.application.db.new_exec_msg(code, language, blob)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"query": ident, "zip": self.zip_link(code)}))

    async def get(self):
        ident = self.get_argument("q")
        row = self.application.db.get_exec_msg(ident)
        if row is None:
            raise tornado.web.HTTPError(404)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({
            "code": row["code"],
            "language": row["language"],
            "interacts": decode_interacts(row["interacts"]),
        }))

    @staticmethod
    def zip_link(code: str) -> str:
        return base64.urlsafe_b64encode(zlib.compress(code.encode("utf-8"))).decode()
