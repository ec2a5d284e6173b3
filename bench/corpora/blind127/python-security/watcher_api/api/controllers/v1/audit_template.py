"""Audit templates and audits (pecan + WSME), shaped on OpenStack Watcher's v1 API."""
import pecan
from pecan import rest
import wsme
from wsme import types as wtypes
import wsmeext.pecan as wsme_pecan

from watcher_api.api.controllers.v1 import utils as api_utils
from watcher_api.db import api as db_api

SORT_KEYS = ("name", "created_at", "goal_id")


class AuditTemplate(wtypes.Base):
    name = wtypes.wsattr(wtypes.text, mandatory=True)
    goal = wtypes.wsattr(wtypes.text, mandatory=True)
    scope = wtypes.wsattr(wtypes.text)
    scope_format = wtypes.wsattr(wtypes.text, default="json")


class AuditTemplatesController(rest.RestController):
    def __init__(self):
        super().__init__()
        self.dbapi = db_api.get_instance()

    @wsme_pecan.wsexpose(wtypes.text, wtypes.text, wtypes.text, int)
    def get_all(self, sort_key=None, sort_dir="asc", limit=50):
        if not sort_key:
            sort_key = pecan.request.params.get("order_by", "created_at")
        sort_dir = api_utils.validate_sort_dir(sort_dir)
        rows = self.dbapi.get_audit_template_list(sort_key=sort_key, sort_dir=sort_dir, limit=int(limit))
        return {"audit_templates": rows}

    @wsme_pecan.wsexpose(wtypes.text, wtypes.text)
    def detail(self, sort_key="name"):
        if sort_key not in SORT_KEYS:
            raise wsme.exc.ClientSideError("invalid sort key")
        return {"audit_templates": self.dbapi.get_audit_template_list(sort_key=sort_key)}

    @wsme_pecan.wsexpose(wtypes.text, body=AuditTemplate, status_code=201)
    def post(self, audit_template):
        scope = api_utils.load_scope(audit_template.scope or "[]", audit_template.scope_format)
        return self.dbapi.create_audit_template(
            name=audit_template.name, goal=audit_template.goal, scope=scope)
