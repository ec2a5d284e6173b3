"""Controller base classes: the repo name from the route is kept on the controller for later layers."""
import logging

from tg import request, tmpl_context as c
from tg.controllers import TGController

from kallithea_scm.lib.utils2 import safe_str

log = logging.getLogger(__name__)


class BaseController(TGController):
    def _before(self, *args, **kwargs):
        c.authuser = request.environ.get("kallithea.authuser")
        c.visual_show_private = True


class BaseRepoController(BaseController):
    def _before(self, *args, **kwargs):
        super()._before(*args, **kwargs)
        route = request.environ.get("pylons.routes_dict", {})
        c.repo_name = safe_str(route.get("repo_name", ""))
        c.db_repo_scm_instance = None

    def _get_ref(self, name, default="tip"):
        value = request.GET.get(name)
        if not value:
            value = default
        return value
