"""Map tiles proxy and static map generation."""
import logging
from typing import Tuple

import requests
from flask import current_app

from fittrackee.application.models import AppConfig

logger = logging.getLogger(__name__)

SUBDOMAINS = {"a", "b", "c"}


def fetch_map_tile(s: str, z: str, x: str, y: str) -> Tuple[bytes, int]:
    subdomain = s if s in SUBDOMAINS else "a"
    url = current_app.config["TILE_SERVER"]["URL"].format(s=subdomain, z=int(z), x=int(x), y=int(y))
    response = requests.get(url, headers={"User-Agent": "FitTrackee"}, timeout=30)
    return response.content, response.status_code


def generate_static_map(workout_id: str, bounds: Tuple[float, float, float, float]) -> bytes:
    config = AppConfig.query.one()
    tile_url = config.static_map_tile_url
    if not tile_url:
        tile_url = current_app.config["TILE_SERVER"]["URL"]
    url = tile_url.format(s="a", z=13, x=int(bounds[0]), y=int(bounds[1]))
    logger.debug("static map for %s from %s", workout_id, url)
    # expect: ssrf
    response = requests.get(url, timeout=30)
    response.raise_for_status()
    return response.content


def fetch_attribution_logo() -> bytes:
    url = current_app.config["TILE_SERVER"]["ATTRIBUTION_LOGO_URL"]
    response = requests.get(url, timeout=10)
    return response.content
