"""DNS lookup tool (Falcon), validated name and argv."""
import re
import subprocess

import falcon

NAME = re.compile(r"[A-Za-z0-9.-]{1,253}")
TYPES = {"A", "AAAA", "MX", "TXT", "CNAME"}


class DigResource:
    def on_post(self, req, resp):
        body = req.get_media()
        record = body.get("type", "A")
        name = body["name"]
        if record not in TYPES or not NAME.fullmatch(name):
            raise falcon.HTTPBadRequest(description="bad query")
        out = subprocess.run(["dig", "+short", record, name], capture_output=True, text=True)
        resp.media = {"answer": out.stdout.split()}


app = falcon.App()
app.add_route("/dig", DigResource())
