"""Administration of the application configuration."""
from typing import Dict, Union

from flask import Blueprint, request

from fittrackee import db
from fittrackee.oauth2.server import require_auth
from fittrackee.responses import HttpResponse, InvalidPayloadErrorResponse
from fittrackee.users.models import User
from fittrackee.workouts.tasks import regenerate_static_maps

from .models import AppConfig

config_blueprint = Blueprint("config", __name__)

NUMERIC_FIELDS = ("max_users", "max_single_file_size", "max_zip_file_size", "gpx_limit_import")


@config_blueprint.route("/config", methods=["PATCH"])
@require_auth(scopes=["application:write"], as_admin=True)
def update_application_config(auth_user: User) -> Union[Dict, HttpResponse]:
    config_data = request.get_json()
    if not config_data:
        return InvalidPayloadErrorResponse()
    config = AppConfig.query.one()
    for field in NUMERIC_FIELDS:
        if field in config_data:
            setattr(config, field, int(config_data[field]))
    if "static_map_tile_url" in config_data:
        config.static_map_tile_url = config_data["static_map_tile_url"]
        regenerate_static_maps.send()
    if "about" in config_data:
        config.about = config_data["about"]
    db.session.commit()
    return {"status": "success", "data": config.serialize()}
