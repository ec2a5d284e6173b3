import base64
import json
import os
import pickle

from tornado import web

from flower_monitor.api import BaseApiHandler
from flower_monitor.utils.broker import Broker

LOG_DIR = "/var/log/celery"


class WorkerPoolGrow(BaseApiHandler):
    @web.authenticated
    def post(self, workername):
        n = self.get_argument("n", default=1, type=int)
        self.capp.control.pool_grow(n=n, reply=True, destination=[workername])
        self.write(dict(message="Growing '%s' worker's pool by %d" % (workername, n)))


class WorkerLog(BaseApiHandler):
    @web.authenticated
    def get(self, workername):
        filename = self.get_argument("file", workername + ".log")
        if self.get_argument("strict", None):
            path = os.path.join(LOG_DIR, os.path.basename(filename))
        else:
            path = os.path.join(LOG_DIR, filename)
            # expect: path-traversal
            with open(path) as fh:
                self.write({"lines": fh.readlines()[-200:]})
            return
        with open(path) as fh:
            self.write({"lines": fh.readlines()[-200:]})


class StateImport(BaseApiHandler):
    @web.authenticated
    def post(self):
        blob = self.get_argument("state")
        if self.get_argument("format", "json") == "json":
            state = json.loads(base64.b64decode(blob))
        else:
            # expect: deserialization
            state = pickle.loads(base64.b64decode(blob))
        self.application.events.state.update(state)
        self.write({"imported": len(state)})


class BrokerQueues(BaseApiHandler):
    @web.authenticated
    async def get(self):
        options = self.application.options
        http_api = self.broker_override or options.broker_api
        if self.get_argument("configured", None):
            http_api = options.broker_api
        broker = Broker(self.capp.connection().as_uri(include_password=True), http_api=http_api)
        queues = await broker.queues(self.get_arguments("queue"))
        self.write({"active_queues": queues})
