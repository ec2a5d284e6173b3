"""Runs job steps; started as `python -m pipeline.worker`, or inline for small sync jobs."""
import ast
import csv
import io
import logging
import operator
import subprocess

import requests

from . import queue

log = logging.getLogger("pipeline.worker")

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
NOTIFY_URLS = {"ops": "https://chat.internal.example.com/hooks/ops", "data": "https://chat.internal.example.com/hooks/data"}


def _arith(expr, row):
    """A tiny evaluator for column arithmetic like `price * qty`."""
    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.Name) and node.id in row:
            return float(row[node.id])
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        raise ValueError("unsupported expression")
    return ev(ast.parse(expr, mode="eval"))


class StepRunner:
    def __init__(self, job):
        self.job = job
        self.rows = []

    def extract(self, options):
        # expect: ssrf
        resp = requests.get(options.get("url", ""), timeout=30)
        self.rows = list(csv.DictReader(io.StringIO(resp.text)))

    def transform(self, options):
        column = options.get("column", "value")
        expr = options.get("expr", "0")
        if options.get("engine") == "python":
            for row in self.rows:
                # expect: code-injection
                row[column] = eval(expr, {"__builtins__": {}}, dict(row))
        else:
            for row in self.rows:
                row[column] = _arith(expr, row)

    def load(self, options):
        table = options.get("table", "staging")
        cmd = "psql -c \"\\copy " + table + " FROM STDIN CSV\""
        buf = io.StringIO()
        csv.DictWriter(buf, fieldnames=list(self.rows[0].keys()) if self.rows else []).writerows(self.rows)
        # expect: command-injection
        subprocess.run(cmd, shell=True, input=buf.getvalue(), text=True, check=True)

    def notify(self, options):
        channel = options.get("channel", "ops")
        url = NOTIFY_URLS.get(channel, NOTIFY_URLS["ops"])
        requests.post(url, json={"text": f"job {self.job['id']} done"}, timeout=10)


def run_job(job):
    runner = StepRunner(job)
    queue.set_status(job["id"], "running")
    try:
        for step in job.get("steps", []):
            handler = getattr(runner, step.get("kind", ""), None)
            if handler is None or step.get("kind", "").startswith("_"):
                raise ValueError(f"unknown step {step.get('kind')!r}")
            handler(step.get("options") or {})
    except Exception:
        log.exception("job %r failed", job["id"])
        queue.set_status(job["id"], "failed")
        raise
    queue.set_status(job["id"], "done")
    return len(runner.rows)


def main():
    logging.basicConfig(level=logging.INFO)
    while True:
        job = queue.dequeue()
        if job:
            try:
                run_job(job)
            except Exception:
                continue


if __name__ == "__main__":
    main()
