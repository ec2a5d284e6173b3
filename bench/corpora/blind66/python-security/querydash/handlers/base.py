"""Base resource shared by every API handler."""
from flask import g, request
from flask_login import current_user, login_required
from flask_restful import Resource, abort

from querydash import settings
from querydash.tasks import record_event as record_event_task


class BaseResource(Resource):
    decorators = [login_required]

    def dispatch_request(self, *args, **kwargs):
        kwargs.pop("org_slug", None)
        return super().dispatch_request(*args, **kwargs)

    @property
    def current_user(self):
        return current_user._get_current_object()

    @property
    def current_org(self):
        return g.org

    def record_event(self, options):
        if not settings.EVENT_REPORTING_ENABLED:
            return
        options.update(
            {
                "user_id": self.current_user.id,
                "org_id": self.current_org.id,
                "user_agent": request.user_agent.string,
                "ip": request.remote_addr,
            }
        )
        record_event_task.delay(options)


def require_fields(req, fields):
    for f in fields:
        if f not in req:
            abort(400)


def get_object_or_404(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except LookupError:
        abort(404)
