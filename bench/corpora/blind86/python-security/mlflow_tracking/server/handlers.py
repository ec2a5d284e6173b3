"""Service endpoint handlers: each wraps the store call for one REST method."""
import json
import os
import re
from functools import wraps

from flask import Response, request, send_file

from mlflow_tracking.server.validation import validate_path_is_safe
from mlflow_tracking.store.sqlalchemy_store import SqlAlchemyStore
from mlflow_tracking.store.artifact_repo import LocalArtifactRepository
from mlflow_tracking.utils import model_utils

_tracking_store = None
ARTIFACT_ROOT = os.environ.get("MLFLOW_ARTIFACT_ROOT", "/srv/mlflow/artifacts")


def _get_tracking_store():
    global _tracking_store
    if _tracking_store is None:
        _tracking_store = SqlAlchemyStore(os.environ.get("MLFLOW_BACKEND_STORE_URI", "sqlite:///mlflow.db"))
    return _tracking_store


def _get_request_json():
    if request.method == "GET":
        return request.args.to_dict()
    return request.get_json(force=True, silent=True) or {}


def _get_request_message(schema):
    data = _get_request_json()
    return {key: data.get(key, default) for key, default in schema.items()}


def catch_mlflow_exception(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except ValueError as e:
            return Response(json.dumps({"error_code": "INVALID_PARAMETER_VALUE", "message": str(e)}), status=400, mimetype="application/json")
    return wrapper


@catch_mlflow_exception
def _search_runs():
    request_message = _get_request_message({"experiment_ids": [], "filter": "", "max_results": 1000, "order_by": []})
    run_view_type = request_message.get("run_view_type") or "ACTIVE_ONLY"
    runs = _get_tracking_store().search_runs(request_message["experiment_ids"], request_message["filter"], run_view_type, int(request_message["max_results"]), request_message["order_by"])
    return Response(json.dumps({"runs": runs}), mimetype="application/json")


@catch_mlflow_exception
def _get_metric_history():
    request_message = _get_request_message({"run_id": "", "metric_key": ""})
    history = _get_tracking_store().get_metric_history(request_message["run_id"], request_message["metric_key"])
    return Response(json.dumps({"metrics": history}), mimetype="application/json")


@catch_mlflow_exception
def get_artifact_handler():
    run_id = request.args.get("run_id", "")
    if not re.fullmatch(r"[0-9a-f]{32}", run_id):
        raise ValueError(f"Invalid run id: {run_id!r}")
    path = request.args["path"]
    validate_path_is_safe(path)
    repo = LocalArtifactRepository(os.path.join(ARTIFACT_ROOT, run_id))
    return send_file(repo.download_artifacts(path), as_attachment=True)


@catch_mlflow_exception
def get_model_version_artifact_handler():
    name = request.args.get("name")
    version = request.args.get("version")
    path = request.args["path"]
    artifact_root = os.path.join(ARTIFACT_ROOT, "models", name, version)
    # expect: path-traversal
    return send_file(os.path.join(artifact_root, path), as_attachment=True)


@catch_mlflow_exception
def _log_model():
    request_message = _get_request_message({"run_id": "", "model_json": "{}"})
    model_info = model_utils.load_model_config(request_message["model_json"])
    return Response(json.dumps({"flavors": list(model_info.get("flavors", {}))}), mimetype="application/json")


@catch_mlflow_exception
def _upload_model_yaml():
    body = request.get_data(as_text=True)
    if request.args.get("strict") == "true":
        conf = model_utils.load_mlmodel_safe(body)
    else:
        conf = model_utils.load_mlmodel(body)
    return Response(json.dumps({"artifact_path": conf.get("artifact_path")}), mimetype="application/json")


@catch_mlflow_exception
def _load_input_example():
    blob = request.files["example"].read()
    example = model_utils.load_example(blob)
    return Response(json.dumps({"columns": list(example)}), mimetype="application/json")
