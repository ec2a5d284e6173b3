import logging

import requests

from SpiderKeeper.app.spider.model import SpiderServer

logger = logging.getLogger(__name__)


class SpiderAgent(object):
    def __init__(self, default_servers):
        self.default_servers = list(default_servers)
        self.servers = list(default_servers)

    def refresh_servers(self):
        self.servers = self.default_servers + [s.url for s in SpiderServer.query.all()]

    def deploy(self, project_name, egg_path):
        results = []
        for server in self.servers:
            with open(egg_path, "rb") as egg:
                # expect: ssrf
                resp = requests.post(server.rstrip("/") + "/addversion.json", data={"project": project_name, "version": "1"}, files={"egg": egg}, timeout=60)
            results.append(resp.json().get("status") == "ok")
        return all(results)

    def log(self, job_execution):
        for server in self.default_servers:
            if server == job_execution.running_on:
                url = "%s/logs/%s.log" % (server.rstrip("/"), job_execution.service_job_execution_id)
                return requests.get(url, timeout=30).text
        return "log not found"
