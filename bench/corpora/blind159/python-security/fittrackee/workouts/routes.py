"""Workout endpoints of the 'workouts' blueprint."""
import logging
from typing import Dict, Tuple, Union

from flask import Blueprint, Response, current_app, request, send_file

from fittrackee import db
from fittrackee.oauth2.server import require_auth
from fittrackee.responses import (
    DataNotFoundErrorResponse,
    HttpResponse,
    InvalidPayloadErrorResponse,
    handle_error_and_return_response,
)
from fittrackee.users.models import User

from .models import Workout
from .queries import count_workouts_by_sport, list_user_workouts
from .utils.maps import fetch_map_tile
from .utils.workouts import WorkoutFilesProcessor, get_workout_file_path

workouts_blueprint = Blueprint("workouts", __name__)
logger = logging.getLogger(__name__)

ALLOWED_EXTENSIONS = {"gpx", "zip"}


@workouts_blueprint.route("/workouts", methods=["GET"])
@require_auth(scopes=["workouts:read"])
def get_workouts(auth_user: User) -> Union[Dict, HttpResponse]:
    params = request.args.copy()
    order_by = params.get("order_by")
    if not order_by:
        order_by = "workout_date"
    order = params.get("order", "desc")
    page = int(params.get("page", 1))
    workouts = list_user_workouts(
        auth_user.id, order_by=order_by, order=order, page=page, title=params.get("title")
    )
    return {"status": "success", "data": {"workouts": workouts}}


@workouts_blueprint.route("/workouts/stats/by_sport", methods=["GET"])
@require_auth(scopes=["workouts:read"])
def get_stats_by_sport(auth_user: User) -> Dict:
    sport_id = request.args.get("sport_id", type=int)
    return {"status": "success", "data": count_workouts_by_sport(auth_user.id, sport_id)}


@workouts_blueprint.route("/workouts", methods=["POST"])
@require_auth(scopes=["workouts:write"])
def post_workout(auth_user: User) -> Union[Tuple[Dict, int], HttpResponse]:
    if "file" not in request.files:
        return InvalidPayloadErrorResponse("no file part")
    file = request.files["file"]
    extension = file.filename.rsplit(".", 1)[-1].lower()
    if extension not in ALLOWED_EXTENSIONS:
        return InvalidPayloadErrorResponse("file extension not allowed")
    folder = request.form.get("folder") or str(auth_user.id)
    processor = WorkoutFilesProcessor(auth_user, upload_dir=current_app.config["UPLOAD_FOLDER"])
    try:
        new_workouts = processor.process(
            file, folder=folder, sport_id=int(request.form.get("sport_id", 1))
        )
    except ValueError as e:
        return handle_error_and_return_response(e, db=db)
    return {"status": "created", "data": {"workouts": [w.serialize() for w in new_workouts]}}, 201


@workouts_blueprint.route("/workouts/<string:workout_short_id>/gpx/download", methods=["GET"])
@require_auth(scopes=["workouts:read"])
def download_workout_gpx(auth_user: User, workout_short_id: str) -> Union[Response, HttpResponse]:
    workout = Workout.query.filter_by(short_id=workout_short_id, user_id=auth_user.id).first()
    if not workout or not workout.gpx:
        return DataNotFoundErrorResponse("workouts")
    return send_file(
        get_workout_file_path(workout.gpx), mimetype="application/gpx+xml", as_attachment=True
    )


@workouts_blueprint.route("/workouts/map_tile/<s>/<z>/<x>/<y>.png", methods=["GET"])
def get_map_tile(s: str, z: str, x: str, y: str) -> Tuple[Response, int]:
    content, status = fetch_map_tile(s, z, x, y)
    return Response(content, mimetype="image/png"), status
