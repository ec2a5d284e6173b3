"""Jobs resources (falcon)."""
import json

import falcon

from freezer_api.api.common import utils


class JobsCollectionResource(object):

    def __init__(self, storage_driver):
        self.db = storage_driver

    def on_get(self, req, resp):
        user_id = req.get_header("X-User-ID")
        offset, limit = utils.paging(req)
        search = utils.json_body(req)
        resp.body = json.dumps({"jobs": self.db.search_job(user_id, search, offset=offset, limit=limit)})

    def on_post(self, req, resp):
        user_id = req.get_header("X-User-ID")
        doc = utils.json_body(req)
        job_id = self.db.add_job(user_id=user_id, doc=doc)
        resp.status = falcon.HTTP_201
        resp.body = json.dumps({"job_id": job_id})
