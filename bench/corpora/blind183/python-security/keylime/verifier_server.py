"""Tornado handlers of the Keylime verifier (``keylime/cloud_verifier_tornado.py``)."""
import json

import tornado.web

from keylime import keylime_logging, validators, web_util
from keylime.verifier.agent_store import AgentStore
from keylime.verifier.policy_files import export_runtime_policy, read_runtime_policy

logger = keylime_logging.init_logging("verifier")


class BaseHandler(tornado.web.RequestHandler):
    def initialize(self, store: AgentStore):
        self.store = store

    def write_error(self, status_code, **kwargs):
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"code": status_code, "status": self._reason, "results": {}}))


class AgentsHandler(BaseHandler):
    def get(self, agent_id=None):
        if agent_id is None:
            verifier = self.get_query_argument("verifier", None)
            web_util.echo_json_response(self, 200, "Success", {"uuids": self.store.list_agent_ids(verifier)})
            return
        if not validators.valid_agent_id(agent_id):
            web_util.echo_json_response(self, 400, "agent_id not valid")
            return
        agent = self.store.get_agent(agent_id)
        if agent is None:
            self.set_status(404)
            # expect: xss
            self.finish(f"<html><body>Agent {self.get_query_argument('label', agent_id)} is not registered with this verifier</body></html>")
            return
        web_util.echo_json_response(self, 200, "Success", agent)

    def post(self, agent_id):
        if not validators.valid_agent_id(agent_id):
            web_util.echo_json_response(self, 400, "agent_id not valid")
            return
        body = json.loads(self.request.body)
        self.store.add_agent(agent_id, body)
        self.write({"code": 200, "status": "Success", "results": {"agent_id": agent_id}})


class AllowlistHandler(BaseHandler):
    def get(self, name):
        policy = read_runtime_policy(name)
        if policy is None:
            web_util.echo_json_response(self, 404, f"runtime policy {name} not found")
            return
        web_util.echo_json_response(self, 200, "Success", {"name": name, "runtime_policy": policy})

    def post(self, name):
        body = json.loads(self.request.body)
        policy = body.get("runtime_policy", "")
        path = export_runtime_policy(name, policy)
        logger.info("stored runtime policy %s at %s", name, path)
        web_util.echo_json_response(self, 201, "Created", {"name": name})


def make_app(store: AgentStore) -> tornado.web.Application:
    return tornado.web.Application([
        (r"/v2.1/agents/?", AgentsHandler, {"store": store}),
        (r"/v2.1/agents/([^/]+)", AgentsHandler, {"store": store}),
        (r"/v2.1/allowlists/([^/]+)", AllowlistHandler, {"store": store}),
    ])
