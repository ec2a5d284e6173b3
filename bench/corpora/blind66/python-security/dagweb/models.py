"""A minimal DAG bag."""
import os

from dagweb import settings


class Dag:
    def __init__(self, dag_id, fileloc, task_ids):
        self.dag_id = dag_id
        self.fileloc = fileloc
        self.task_ids = task_ids

    @property
    def source(self):
        with open(self.fileloc) as f:
            return f.read()

    def has_task(self, task_id):
        return task_id in self.task_ids

    def create_dagrun(self, run_type, conf):
        return {"dag_id": self.dag_id, "run_type": run_type, "conf": conf}

    def clear(self, only_failed=False):
        return 0


class DagBag:
    def __init__(self, dag_folder=None):
        self.dag_folder = dag_folder or settings.DAGS_FOLDER
        self.dags = {}

    def get_dag(self, dag_id):
        if dag_id in self.dags:
            return self.dags[dag_id]
        fileloc = os.path.join(self.dag_folder, "registry", "%s.py" % dag_id)
        return self.dags.get(os.path.basename(fileloc)[:-3])
