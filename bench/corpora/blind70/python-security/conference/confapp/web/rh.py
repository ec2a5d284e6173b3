"""Request handler base classes: every controller is an ``RH`` subclass."""
import logging

from flask import g, request, session
from werkzeug.exceptions import Forbidden, NotFound

logger = logging.getLogger("confapp.rh")


class RH:
    """Process a request in three steps: read arguments, check access, run."""

    CSRF_ENABLED = True
    normalize_url_spec = {}

    def _process_args(self):
        pass

    def _check_access(self):
        pass

    def _process(self):
        raise NotImplementedError

    def process(self):
        g.rh = self
        self._process_args()
        self._check_access()
        return self._process()

    @classmethod
    def as_view(cls, name):
        def view(**kwargs):
            return cls().process()

        view.__name__ = name
        view.view_class = cls
        return view


class RHProtected(RH):
    def _check_access(self):
        if session.get("user_id") is None:
            raise Forbidden("Login required")


class RHSimple(RH):
    """Wrap a plain function into an RH."""

    def __init__(self, func):
        self.func = func

    def _process(self):
        return self.func()


def current_rh_arg(name, default=None):
    """Return an argument the current RH parsed, if it kept one."""
    rh = g.get("rh")
    return getattr(rh, name, default) if rh is not None else default


def require_view_arg(name):
    try:
        return request.view_args[name]
    except KeyError:
        raise NotFound(name)
