"""Share API controller (openstack wsgi), shaped on manila.api.v2.shares."""
import ast

import webob
from webob import exc

from manila_api.api.openstack import wsgi
from manila_api.share import api as share_api
from manila_api.db import api as db_api


class ShareController(wsgi.Controller):
    resource_name = "share"

    def __init__(self):
        super().__init__()
        self.share_api = share_api.API()

    def index(self, req):
        search_opts = dict(req.GET)
        sort_key = search_opts.pop("sort_key", "created_at")
        sort_dir = search_opts.pop("sort_dir", "desc")
        context = req.environ["manila.context"]
        return {"shares": db_api.share_get_all(context.project_id, sort_key=sort_key, sort_dir=sort_dir)}

    @wsgi.action("allow_access")
    def _allow_access(self, req, id, body):
        access = body.get("allow_access", {})
        access_type = access.get("access_type")
        if access_type not in ("ip", "user", "cephx"):
            raise exc.HTTPBadRequest(explanation="bad access_type")
        return self.share_api.allow_access(id, access_type, access_to=access.get("access_to"),
                                           access_level=access.get("access_level", "rw"))

    def manage(self, req, body):
        share = body.get("share", {})
        driver_options = share.get("driver_options") or "{}"
        options = ast.literal_eval(driver_options) if isinstance(driver_options, str) else driver_options
        return self.share_api.manage(share.get("export_path"), share.get("service_host"), options)

    def show(self, req, id):
        share = db_api.share_get(id)
        if not share:
            raise webob.exc.HTTPNotFound()
        return {"share": share}
