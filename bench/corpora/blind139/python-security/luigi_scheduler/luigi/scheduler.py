"""Scheduler state; public methods marked as RPC are callable from the HTTP API."""
import requests

from luigi.db_task_history import DbTaskHistory


def rpc_method(fn):
    fn.is_rpc = True
    return fn


class Task:
    def __init__(self, task_id, status, family="", tracking_url=None, params=None):
        self.id = task_id
        self.status = status
        self.family = family
        self.tracking_url = tracking_url
        self.params = params or {}
        self.expl = None


class Scheduler:
    def __init__(self, config):
        self._tasks = {}
        self.task_history = DbTaskHistory(config.db_connection)
        self._rpc_methods = [n for n in dir(self) if getattr(getattr(self, n), "is_rpc", False)]

    @rpc_method
    def add_task(self, task_id=None, status="PENDING", family="", tracking_url=None, params=None, expl=None, **kwargs):
        task = self._tasks.setdefault(task_id, Task(task_id, status, family))
        task.status = status
        if tracking_url is not None:
            task.tracking_url = tracking_url
        if expl is not None:
            task.expl = expl
        return {"task_id": task_id}

    @rpc_method
    def fetch_error(self, task_id, **kwargs):
        task = self._tasks.get(task_id)
        return {"taskId": task_id, "error": task.expl if task else ""}

    @rpc_method
    def task_list(self, status="", upstream_status="", **kwargs):
        return [{"display_name": t.id, "status": t.status} for t in self._tasks.values() if not status or t.status == status]

    @rpc_method
    def refresh_progress(self, task_id, **kwargs):
        task = self._tasks[task_id]
        if not task.tracking_url:
            return None
        # expect: ssrf
        return requests.get(task.tracking_url, timeout=5).json().get("progress")
