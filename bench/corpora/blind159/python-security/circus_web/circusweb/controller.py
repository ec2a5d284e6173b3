import logging
import re
import subprocess

from circus.client import CircusClient

logger = logging.getLogger("circusweb")

FIELDS_RE = re.compile(r"^[a-z,]{1,64}$")


class Controller(object):
    def __init__(self, endpoint, timeout=5):
        self.endpoint = endpoint
        self.client = CircusClient(endpoint=endpoint, timeout=timeout)

    def watchers(self):
        return self.client.call({"command": "list", "properties": {}})["watchers"]

    def stats(self, name):
        return self.client.call({"command": "stats", "properties": {"name": name}})

    def stats_shell(self, name, fields):
        # expect: command-injection
        output = subprocess.check_output("circusctl --endpoint %s stats %s --fields %s" % (self.endpoint, name, fields), shell=True)
        return output.decode("utf-8", "replace")

    def stats_argv(self, name, fields):
        if not FIELDS_RE.match(fields):
            fields = "cpu,mem"
        output = subprocess.check_output(["circusctl", "--endpoint", self.endpoint, "stats", name, "--fields", fields])
        return output.decode("utf-8", "replace")
