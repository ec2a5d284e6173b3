from tg import expose, request, response, tmpl_context as c
from webob.exc import HTTPFound

from kallithea_scm.lib import helpers as h
from kallithea_scm.lib.base import BaseRepoController
from kallithea_scm.lib.utils2 import is_local_url
from kallithea_scm.model.repo_search import RepoSearch
from kallithea_scm.model.scm import ScmModel


class CompareController(BaseRepoController):
    @expose()
    def compare(self, org_ref_name=None, other_ref_name=None, **kwargs):
        org = self._get_ref("org_ref", org_ref_name or "default")
        other = self._get_ref("other_ref", other_ref_name or "tip")
        context = request.GET.get("context", "3")
        if request.GET.get("checked"):
            return ScmModel().get_diff_checked(c.repo_name, org, other, int(context))
        return ScmModel().get_diff(c.repo_name, org, other, int(context))

    @expose()
    def raw(self, revision, f_path, **kwargs):
        response.content_type = "application/octet-stream"
        if kwargs.get("strict"):
            return ScmModel().read_raw_checked(c.repo_name, f_path)
        return ScmModel().read_raw(c.repo_name, f_path)


class LoginController(BaseRepoController):
    @expose()
    def index(self, **kwargs):
        came_from = request.GET.get("came_from")
        if not came_from:
            came_from = "/"
        if request.POST.get("remember"):
            if is_local_url(came_from):
                raise HTTPFound(location=came_from)
            raise HTTPFound(location="/")
        # expect: open-redirect
        raise HTTPFound(location=came_from)


class AdminReposController(BaseRepoController):
    @expose("json")
    def search(self, **kwargs):
        term = kwargs.get("q", "")
        sort = kwargs.get("sort", "name")
        repo_search = RepoSearch(request.environ["sqlalchemy.session"])
        if kwargs.get("bound"):
            return {"repos": repo_search.by_name_bound(term, sort)}
        return {"repos": repo_search.by_name(term)}

    @expose()
    def notice(self, **kwargs):
        message = request.GET.get("msg", "")
        category = "warning" if kwargs.get("warn") else "info"
        if kwargs.get("escaped"):
            return h.safe_flash_fragment(category, message)
        return h.flash_fragment(category, message)
