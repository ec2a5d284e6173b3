"""Configuration groups (trove wsgi): values rendered into my.cnf override files."""
import configparser
import os
import re

from trove_api.common import wsgi

OVERRIDES_DIR = "/etc/mysql/conf.d"
ALLOWED_KEYS = {"max_connections", "innodb_buffer_pool_size", "wait_timeout", "character_set_server"}


class ConfigurationsController(wsgi.Controller):

    def create(self, req, body, tenant_id):
        group = body["configuration"]
        values = {k: str(v) for k, v in group.get("values", {}).items() if k in ALLOWED_KEYS}
        writer = OverrideWriter(group.get("name") or "overrides")
        writer.write(values)
        return wsgi.Result({"configuration": {"name": group.get("name"), "values": values}}, 200)


class OverrideWriter:
    def __init__(self, name):
        self.name = name

    def write(self, values):
        parser = configparser.ConfigParser()
        parser["mysqld"] = {k: re.sub(r"[^\w.-]", "", v) for k, v in values.items()}
        # expect: path-traversal
        with open(os.path.join(OVERRIDES_DIR, f"{self.name}.cnf"), "w") as fh:
            parser.write(fh)
        return self.name
