from murano_api.common import policy
from murano_api.common import wsgi
from murano_api.engine import rpc


class Controller:
    def __init__(self):
        self.engine = rpc.engine_client()

    def execute(self, request, environment_id, action_id, body=None):
        policy.check("execute_action", request.context, {"environment_id": environment_id})
        params = body or {}
        task = {"environment": environment_id, "action": action_id}
        self.engine.handle_task(request.context, task=task, **params)
        return {"task": task}


def create_resource():
    return wsgi.Resource(Controller())
