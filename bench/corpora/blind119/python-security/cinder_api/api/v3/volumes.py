"""Volumes controller index with sort and filters, shaped on cinder.api.v3.volumes."""
from cinder_api.api.openstack import wsgi
from cinder_api.db import api as db_api

SORT_KEYS = ("created_at", "size", "display_name", "status")


def _get_sort_keys(params):
    sort = params.pop("sort", "created_at:desc")
    key, _, direction = sort.partition(":")
    return key, "asc" if direction == "asc" else "desc"


class VolumeController(wsgi.Controller):
    def index(self, req):
        params = dict(req.params)
        sort_key, sort_dir = _get_sort_keys(params)
        context = req.environ["cinder.context"]
        if params.get("with_count") == "true":
            return {"count": db_api.volume_count(context.project_id, status=params.get("status"))}
        return {"volumes": db_api.volume_get_all(context.project_id, sort_key=sort_key, sort_dir=sort_dir,
                                                 name=params.get("name"))}

    def summary(self, req):
        sort_key, sort_dir = _get_sort_keys(dict(req.params))
        key = sort_key if sort_key in SORT_KEYS else "created_at"
        return {"volumes": db_api.volume_get_all(req.environ["cinder.context"].project_id, sort_key=key, sort_dir=sort_dir)}
