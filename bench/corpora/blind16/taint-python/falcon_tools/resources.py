import json

import falcon
import yaml

from util import Lookup, conn, param


class HostsResource:
    def on_get(self, req, resp):
        env = param(req, "env", "prod")
        # expect: sql-injection
        rows = conn().execute("SELECT name FROM hosts WHERE env = '{}'".format(env)).fetchall()
        resp.media = {"hosts": rows}

    def on_get_owner(self, req, resp):
        owner = Lookup(req).value("owner")
        rows = conn().execute("SELECT name FROM hosts WHERE owner = ?", (owner,)).fetchall()
        resp.media = {"hosts": rows}

    def on_get_rack(self, req, resp):
        parts = []
        for key in ("dc", "row", "rack"):
            parts.append(f"{key} = '{Lookup(req).value(key)}'")
        # expect: sql-injection
        rows = conn().execute("SELECT name FROM hosts WHERE " + " AND ".join(parts)).fetchall()
        resp.media = {"hosts": rows}


class ImportResource:
    def on_post(self, req, resp):
        body = req.bounded_stream.read().decode()
        if req.content_type == "application/json":
            data = json.loads(body)
        else:
            # expect: deserialization
            data = yaml.load(body, Loader=yaml.Loader)
        resp.media = {"count": len(data)}

    def on_post_safe(self, req, resp):
        data = yaml.safe_load(req.bounded_stream.read().decode())
        resp.media = {"count": len(data)}


app = falcon.App()
app.add_route("/hosts", HostsResource())
app.add_route("/hosts/owner", HostsResource(), suffix="owner")
app.add_route("/hosts/rack", HostsResource(), suffix="rack")
app.add_route("/import", ImportResource())
app.add_route("/import/safe", ImportResource(), suffix="safe")
