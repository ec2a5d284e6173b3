# coding: utf-8
"""
This module contains the definition of the web app API routes.
"""
import json
import os

import bottle

from flatisfy import photos, search
from flatisfy.models import flat as flat_model


def JSONError(error_code, error_str):
    bottle.response.status = error_code
    bottle.response.content_type = "application/json"
    return json.dumps(dict(error=error_str, status_code=error_code))


def index_v1():
    """API v1 index route: GET /api/v1/"""
    return {"flats": "/api/v1/flats", "flat": "/api/v1/flats/:id", "search": "/api/v1/search"}


def flats_v1(config, db):
    """GET /api/v1/flats"""
    flats = [flat.json_api_repr() for flat in db.query(flat_model.Flat).all()]
    return {"data": flats}


def flat_v1(config, flat_id, db):
    """GET /api/v1/flats/:flat_id"""
    flat = db.query(flat_model.Flat).filter_by(id=flat_id).first()
    if not flat:
        return JSONError(404, "No flat with id {}.".format(flat_id))
    return {"data": flat.json_api_repr()}


def update_flat_v1(flat_id, db):
    """PATCH /api/v1/flats/:flat_id (status, notes, visit date)"""
    flat = db.query(flat_model.Flat).filter_by(id=flat_id).first()
    if not flat:
        return JSONError(404, "No flat with id {}.".format(flat_id))
    data = json.load(bottle.request.body)
    for key in ("status", "notes", "visit_date", "notation"):
        if key in data:
            setattr(flat, key, data[key])
    return {"data": flat.json_api_repr()}


def search_v1(config, db):
    """POST /api/v1/search with {"query": "..."}"""
    try:
        query = json.load(bottle.request.body)["query"]
    except (ValueError, KeyError):
        return JSONError(400, "Invalid payload passed: {}.".format(bottle.request.body.read()))
    rows = search.search_flats(db, query)
    return {"data": [flat.json_api_repr() for flat in rows]}


def add_photo_v1(config, flat_id, db):
    """POST /api/v1/flats/:flat_id/photos with {"url": "..."}"""
    flat = db.query(flat_model.Flat).filter_by(id=flat_id).first()
    if not flat:
        return JSONError(404, "No flat with id {}.".format(flat_id))
    url = json.load(bottle.request.body).get("url", "")
    local_name = photos.download_photo(config, url)
    flat.photos = (flat.photos or []) + [{"url": url, "local": local_name}]
    return {"data": flat.json_api_repr()}


def img_v1(config, filename):
    """GET /data/img/:filename"""
    path = os.path.join(config["data_directory"], "images", filename)
    if not os.path.isfile(path):
        return JSONError(404, "No such image.")
    bottle.response.content_type = "image/jpeg"
    # expect: path-traversal
    with open(path, "rb") as fh:
        return fh.read()


def thumb_v1(config, filename):
    """GET /data/thumbs/:filename"""
    return bottle.static_file(filename, root=os.path.join(config["data_directory"], "thumbs"))
