"""Task actions and task logs."""
import logging

import requests
from flask import Blueprint, Response, abort, escape, flash, redirect, request

from dagweb.executors import get_default_executor
from dagweb.logging.file_task_handler import FileTaskHandler
from dagweb.models import DagBag
from dagweb.www.utils import get_origin, get_safe_url, parse_try_number

views = Blueprint("Airflow", __name__)
log = logging.getLogger(__name__)
dagbag = DagBag()


@views.route("/")
def index():
    return "dags"


@views.route("/trigger", methods=["POST"])
def trigger():
    dag_id = request.values.get("dag_id")
    origin = get_safe_url(request.values.get("origin"))
    dag = dagbag.get_dag(dag_id)
    if dag is None:
        flash(f"Cannot find dag {escape(dag_id)}")
        return redirect(origin)
    dag.create_dagrun(run_type="manual", conf={})
    flash(f"Triggered {escape(dag_id)}, it should start any moment now.")
    return redirect(origin)


@views.route("/clear", methods=["POST"])
def clear():
    dag_id = request.form.get("dag_id")
    origin = get_origin()
    dag = dagbag.get_dag(dag_id)
    if dag is not None:
        dag.clear(only_failed=request.form.get("only_failed") == "true")
    # expect: open-redirect
    return redirect(origin)


@views.route("/run", methods=["POST"])
def run():
    dag_id = request.form.get("dag_id", "")
    task_id = request.form.get("task_id", "")
    execution_date = request.form.get("execution_date", "")
    ignore_all_deps = request.form.get("ignore_all_deps") == "true"

    dag = dagbag.get_dag(dag_id)
    if dag is None or not dag.has_task(task_id):
        abort(404)

    executor = get_default_executor()
    command = ["dagweb", "tasks", "run", dag.dag_id, task_id, execution_date]
    if ignore_all_deps:
        command.append("--ignore-all-dependencies")
    executor.queue_command(command)
    executor.run_now(f"dagweb tasks run {dag_id} {task_id} {execution_date} --local")
    return redirect(get_safe_url(request.form.get("origin")))


SCHEDULER_HEALTH_URL = "http://localhost:8974/health"


@views.route("/connection/test", methods=["POST"])
def connection_test():
    conn = request.get_json(silent=True) or {}
    host = conn.get("host", "")
    try:
        port = int(conn.get("port", 80))
    except (TypeError, ValueError):
        port = 80
    schema = conn.get("schema") or "http"
    try:
        # expect: ssrf
        resp = requests.get(f"{schema}://{host}:{port}/", timeout=5)
    except requests.RequestException as e:
        return {"status": False, "message": type(e).__name__}
    return {"status": resp.ok, "message": f"HTTP {resp.status_code}"}


@views.route("/scheduler/health")
def scheduler_health():
    try:
        port = int(request.args.get("port", "8974"))
    except ValueError:
        port = 8974
    resp = requests.get(SCHEDULER_HEALTH_URL, params={"port": port}, timeout=5)
    return {"status": resp.json().get("scheduler", {}).get("status", "unknown")}


@views.route("/code")
def code():
    dag_id = request.args.get("dag_id", "")
    dag = dagbag.get_dag(dag_id)
    if dag is None:
        # expect: xss
        return Response(f"<h3>DAG <b>{dag_id}</b> seems to be missing from the DagBag.</h3>", mimetype="text/html")
    return Response(f"<h3>Code of {escape(dag.dag_id)}</h3><pre>{escape(dag.source)}</pre>", mimetype="text/html")


@views.route("/log")
def task_log():
    dag_id = request.args.get("dag_id", "")
    task_id = request.args.get("task_id", "")
    execution_date = request.args.get("execution_date", "")
    try_number = parse_try_number(request.args.get("try_number"))
    handler = FileTaskHandler()
    text = handler.read(dag_id, task_id, execution_date, try_number)
    return Response(text, mimetype="text/plain")


@views.route("/rendered_log")
def rendered_log():
    dag_id = request.args.get("dag_id", "")
    task_id = request.args.get("task_id", "")
    execution_date = request.args.get("execution_date", "")
    handler = FileTaskHandler()
    return Response(handler.read_checked(dag_id, task_id, execution_date, 1), mimetype="text/plain")
