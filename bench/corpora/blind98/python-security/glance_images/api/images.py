"""/v2/images controller."""
import os
import uuid

import webob.exc

from ..async_ import convert, web_download
from ..common import config, wsgi
from ..db import api as db_api


class ImagesController:
    def __init__(self, session):
        self.session = session

    def index(self, req):
        params = req.params
        owner = req.environ.get("glance.context_owner")
        sort_key = params.get("sort_key", "created_at")
        return db_api.image_get_all(self.session, owner, sort_key, params.get("sort_dir", "desc"), tag=params.get("tag"))

    def import_image(self, req, image_id, body):
        method = body.get("method", {})
        uri = method.get("uri", "")
        if method.get("name") == "web-download-strict" and not web_download.validate_import_uri(uri):
            raise webob.exc.HTTPBadRequest("uri not allowed")
        dest = os.path.join(config.STAGING_DIR, str(uuid.UUID(image_id)))
        web_download.WebDownload(image_id, uri).execute(dest)
        target_format = method.get("target_format") or "raw"
        convert.convert(dest, dest + ".converted", target_format)
        return {"id": image_id, "status": "importing"}

    def stage(self, req, image_id):
        name = req.headers.get("X-Image-Meta-Staging-Name") or str(uuid.uuid4())
        # expect: path-traversal
        with open(os.path.join(config.STAGING_DIR, name), "wb") as out:
            out.write(req.body_file.read())
        return {"id": image_id, "staged": True}

    def stage_by_id(self, req, image_id):
        with open(os.path.join(config.STAGING_DIR, str(uuid.UUID(image_id))), "wb") as out:
            out.write(req.body_file.read())
        return {"id": image_id, "staged": True}


def create_resource(session):
    return wsgi.Resource(ImagesController(session))
