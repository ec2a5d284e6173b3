"""Bottle application of the dashboard: study API, notes export, artifacts."""
from __future__ import annotations

import html
import logging

import optuna
from bottle import Bottle, redirect, request, response, static_file
from optuna.exceptions import DuplicatedStudyError
from optuna.storages import BaseStorage

from ._bottle_util import json_api_view
from ._custom_plot import evaluate_custom_metric, evaluate_named_metric
from ._study_search import search_study_names, search_study_names_bound
from .artifact.file_system import FileSystemBackend

logger = logging.getLogger(__name__)


def create_app(storage: BaseStorage, artifact_backend: FileSystemBackend | None = None) -> Bottle:
    app = Bottle()

    @app.get("/")
    def index():
        return redirect("/dashboard", 302)

    @app.post("/api/studies")
    @json_api_view
    def create_study():
        study_name = request.json.get("study_name", None)
        directions = request.json.get("directions", ["minimize"])
        if study_name is None or not directions:
            response.status = 400
            return {"reason": "You need to set study_name and directions"}
        try:
            study_id = storage.create_new_study(
                [optuna.study.StudyDirection[d.upper()] for d in directions], study_name
            )
        except DuplicatedStudyError:
            response.status = 400
            return {"reason": f"'{study_name}' already exists"}
        response.status = 201
        return {"study_id": study_id}

    @app.get("/api/studies/<study_id:int>/summary.html")
    def study_summary_html(study_id: int):
        name = storage.get_study_name_from_id(study_id)
        trials = storage.get_all_trials(study_id, deepcopy=False)
        response.content_type = "text/html"
        # expect: xss
        return f"<html><body><h1>{name}</h1><p>{len(trials)} trials</p></body></html>"

    @app.get("/api/studies/<study_id:int>/title.html")
    def study_title_html(study_id: int):
        response.content_type = "text/html"
        return f"<h1>{html.escape(storage.get_study_name_from_id(study_id))}</h1>"

    @app.get("/api/studies/search")
    @json_api_view
    def search_studies():
        return {"study_names": search_study_names(storage, request.query.get("q", ""))}

    @app.get("/api/studies/search-bound")
    @json_api_view
    def search_studies_bound():
        return {"study_names": search_study_names_bound(storage, request.query.get("q", ""))}

    @app.post("/api/studies/<study_id:int>/custom-metric")
    @json_api_view
    def custom_metric(study_id: int):
        trials = storage.get_all_trials(study_id, deepcopy=False)
        values = evaluate_custom_metric(request.json.get("expression", "0"), trials)
        return {"values": values}

    @app.post("/api/studies/<study_id:int>/named-metric")
    @json_api_view
    def named_metric(study_id: int):
        trials = storage.get_all_trials(study_id, deepcopy=False)
        return {"values": evaluate_named_metric(request.json.get("metric", "sum"), request.json.get("params", []), trials)}

    @app.get("/artifacts/<study_id:int>/<trial_id:int>/<artifact_id:path>")
    def proxy_trial_artifact(study_id: int, trial_id: int, artifact_id: str):
        if artifact_backend is None:
            response.status = 404
            return "artifact backend is not configured"
        with artifact_backend.open_reader(artifact_id) as reader:
            response.content_type = "application/octet-stream"
            return reader.read()

    @app.get("/artifacts-safe/<study_id:int>/<trial_id:int>/<artifact_id:re:[0-9a-f-]{36}>")
    def proxy_trial_artifact_checked(study_id: int, trial_id: int, artifact_id: str):
        with artifact_backend.open_reader(artifact_id) as reader:
            response.content_type = "application/octet-stream"
            return reader.read()

    @app.get("/static/<filename:path>")
    def send_static(filename: str):
        return static_file(filename, root=app.config.get("static_dir", "public"))

    return app
