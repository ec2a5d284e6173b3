"""Engine service: runs actions, keeps policies, checks health."""
import json

from senlin.common import utils
from senlin.db import api as db_api
from senlin.engine import health_manager


class EngineService(object):

    def __init__(self):
        self.db = db_api.DBAPI()
        self.health = health_manager.HealthManager(self.db)

    def webhook_trigger(self, ctxt, identity, params):
        receiver = self.db.receiver_get(ctxt, identity)
        if receiver is None:
            return None
        inputs = dict(receiver["params"], **params)
        return self.db.action_create(ctxt, receiver["action"], receiver["cluster_id"], json.dumps(inputs))

    def action_list(self, ctxt, sort, limit):
        return self.db.action_get_all(ctxt, sort, limit)

    def event_list(self, ctxt, level):
        return self.db.event_get_all(ctxt, level)

    def policy_create(self, ctxt, name, spec, fmt):
        parsed = utils.parse_spec(spec, fmt)
        policy_id = self.db.policy_create(ctxt, name, json.dumps(parsed))
        detection = parsed.get("properties", {}).get("detection", {})
        if parsed.get("type") == "senlin.policy.health":
            self.health.register(policy_id, detection)
        return {"id": policy_id}
