"""Instance controller (trove wsgi), shaped on trove.instance.service."""
import re

from trove_api.common import wsgi
from trove_api.instance import models
from trove_api.guestagent import api as guest_api

DB_NAME = re.compile(r"^[a-zA-Z0-9_]{1,64}$")


class InstanceController(wsgi.Controller):

    def create(self, req, body, tenant_id):
        inst = body["instance"]
        databases = [{"name": d["name"], "character_set": d.get("character_set", "utf8mb4")}
                     for d in inst.get("databases", []) if DB_NAME.match(d.get("name", ""))]
        instance = models.Instance.create(tenant_id, inst["name"], flavor_id=int(inst["flavorRef"]),
                                          databases=databases, backup_opts=inst.get("backup_opts", ""))
        return wsgi.Result({"instance": instance}, 200)

    def guest_log_action(self, req, body, tenant_id, id):
        log_name = body["name"]
        lines = int(body.get("lines", 100))
        return wsgi.Result({"log": guest_api.API(id).guest_log_read(log_name, lines=lines)}, 200)

    def backup(self, req, body, tenant_id, id):
        return wsgi.Result(guest_api.API(id).create_backup(body["backup"]["name"]), 202)
