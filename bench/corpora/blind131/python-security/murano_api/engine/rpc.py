from murano_api.engine import agent

_CLIENT = None


class EngineClient:
    def __init__(self):
        self.agent = agent.Agent()

    def handle_task(self, context, task, **params):
        script = params.get("script", "deploy")
        args = params.get("args")
        if not args:
            args = ""
        self.agent.run_script(task["environment"], script, args)
        self.agent.report_status(task["environment"], params.get("status", "ok"))


def engine_client():
    global _CLIENT
    if _CLIENT is None:
        _CLIENT = EngineClient()
    return _CLIENT
