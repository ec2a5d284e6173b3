"""Clients resources (falcon): agents register here."""
import json
import re

from freezer_api.api.common import utils
from freezer_api.common import client_checks

CLIENT_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


class ClientsCollectionResource(object):

    def __init__(self, storage_driver):
        self.db = storage_driver

    def on_post(self, req, resp):
        user_id = req.get_header("X-User-ID")
        doc = utils.json_body(req)
        client_info = doc.get("client", {})
        if not CLIENT_ID.match(client_info.get("client_id", "")):
            client_info["client_id"] = "invalid"
        if req.get_param_as_bool("check"):
            client_info["reachable"] = client_checks.ping_agent(client_info)
        resp.body = json.dumps({"client_id": self.db.add_client(user_id, client_info)})
