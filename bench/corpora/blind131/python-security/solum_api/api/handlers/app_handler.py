import os
import uuid

from solum_api.objects import registry
from solum_api.worker import api as worker_api

LOG_DIR = "/var/log/solum/lp"


class AppHandler:
    def __init__(self, context):
        self.context = context
        self.apps = registry.App
        self.worker = worker_api.API(context=context)

    def get_all(self, name, limit):
        return self.apps.search(self.context, name=name, limit=int(limit))

    def create(self, data):
        source = data.get("source", {})
        app = self.apps.create(self.context, uuid=str(uuid.uuid4()), name=data["name"],
                               source=source, trigger_actions=data.get("trigger_actions", []),
                               status_url=data.get("status_url"))
        self.worker.build_app(build_id=app["uuid"], git_info=source, name=data["name"])
        return app

    def read_lp_log(self, lp_name):
        path = os.path.join(LOG_DIR, lp_name + ".log")
        # expect: path-traversal
        with open(path) as fh:
            return fh.read()

    def read_build_log(self, build_id):
        uuid.UUID(build_id)
        with open(os.path.join(LOG_DIR, "builds", build_id + ".log")) as fh:
            return fh.read()
