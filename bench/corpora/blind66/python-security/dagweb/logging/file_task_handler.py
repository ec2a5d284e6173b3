"""Reads task logs written by the workers."""
import os

from dagweb import settings


class FileTaskHandler:
    def __init__(self, base_log_folder=None):
        self.local_base = base_log_folder or settings.BASE_LOG_FOLDER

    def _render_filename(self, dag_id, task_id, execution_date, try_number):
        return f"{dag_id}/{task_id}/{execution_date}/{try_number}.log"

    def read(self, dag_id, task_id, execution_date, try_number):
        location = os.path.join(self.local_base, self._render_filename(dag_id, task_id, execution_date, try_number))
        if not os.path.exists(location):
            return "*** Log file does not exist: {}\n".format(location)
        # expect: path-traversal
        with open(location, encoding="utf-8", errors="replace") as f:
            return f.read()

    def read_checked(self, dag_id, task_id, execution_date, try_number):
        base = os.path.realpath(self.local_base)
        location = os.path.realpath(os.path.join(base, self._render_filename(dag_id, task_id, execution_date, try_number)))
        if os.path.commonpath([base, location]) != base:
            return "*** Invalid log location\n"
        if not os.path.exists(location):
            return "*** Log file does not exist\n"
        with open(location, encoding="utf-8", errors="replace") as f:
            return f.read()
