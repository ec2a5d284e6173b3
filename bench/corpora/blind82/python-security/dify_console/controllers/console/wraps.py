from functools import wraps

from flask import g, request
from flask_login import current_user
from werkzeug.exceptions import Forbidden


def account_initialization_required(view):
    @wraps(view)
    def decorated(*args, **kwargs):
        if not current_user.is_authenticated:
            raise Forbidden()
        g.tenant_id = current_user.current_tenant_id
        g.workspace_hint = request.headers.get("X-Workspace-Hint", "")
        return view(*args, **kwargs)

    return decorated


def get_app_model(view):
    @wraps(view)
    def decorated(*args, **kwargs):
        from ...services.app_service import AppService

        app_id = str(kwargs.pop("app_id"))
        kwargs["app_model"] = AppService.get_app(g.tenant_id, app_id)
        return view(*args, **kwargs)

    return decorated
