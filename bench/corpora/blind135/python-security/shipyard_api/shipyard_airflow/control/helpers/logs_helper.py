"""Reading Airflow task logs."""
import os

LOG_ROOT = "/usr/local/airflow/logs"


def read_step_log(dag_id, step_id, try_number):
    path = os.path.join(LOG_ROOT, dag_id, step_id, "%d.log" % try_number)
    # expect: path-traversal
    with open(path) as handle:
        return handle.read()


def step_log_size(dag_id, step_id):
    return os.path.getsize(os.path.join(LOG_ROOT, dag_id, step_id, "1.log"))
