"""Engine: starts workflows and evaluates inline expressions, stores task results."""
import ast
import os
import re

from mistral_api.engine import expressions

RESULTS_DIR = "/var/lib/mistral/results"


class DefaultEngine:
    def __init__(self):
        self.evaluator = expressions.ExpressionEvaluator()

    def start_workflow(self, wf_name, wf_input, description="", **params):
        env = params.get("env", {})
        ctx = dict(wf_input, __env=env)
        for key, expr in params.get("publish", {}).items():
            ctx[key] = self.evaluator.evaluate(expr, ctx)
        timeout = int(params.get("timeout", 60))
        return {"workflow": wf_name, "context": ctx, "timeout": timeout}

    def read_task_result(self, task_id, file_name):
        if not re.fullmatch(r"[0-9a-f-]{36}", task_id):
            raise ValueError("bad task id")
        if file_name == "result.json":
            with open(os.path.join(RESULTS_DIR, task_id, "result.json")) as fh:
                return ast.literal_eval(fh.read())
        # expect: path-traversal
        with open(os.path.join(RESULTS_DIR, task_id, file_name)) as fh:
            return fh.read()
