"""Project controllers (object dispatch; ``@expose`` methods get the params as kwargs)."""
from formencode import validators as fev
from tg import expose, redirect, request, validate
from tg.decorators import with_trailing_slash

from allura_forge.lib import helpers as h
from allura_forge.lib.security import require_access
from allura_forge.model import repo as RM
from allura_forge.tasks import repo_tasks


class RepoBrowseController:
    def __init__(self, repo):
        self.repo = repo

    @expose()
    def raw(self, path="", **kw):
        return RM.read_blob(self.repo.fs_path, path)

    @expose()
    def raw_checked(self, path="", **kw):
        return RM.read_blob_checked(self.repo.fs_path, path)

    @expose("jinja:allura:templates/repo/log.html")
    @validate(dict(page=fev.Int(if_empty=0), limit=fev.Int(if_empty=25)))
    def log(self, page=0, limit=25, rev=None, **kw):
        return dict(commits=RM.log_page(self.repo, rev or "HEAD", page, limit))


class ProjectAdminController:
    def __init__(self, project):
        self.project = project

    @with_trailing_slash
    @expose("jinja:allura:templates/project_admin.html")
    def index(self, **kw):
        require_access(self.project, "admin")
        notice = kw.get("notice", "")
        return dict(project=self.project, notice=h.render_notice(notice), notice_safe=h.render_notice_escaped(notice))

    @expose()
    def update(self, name=None, summary=None, return_to=None, **kw):
        require_access(self.project, "update")
        self.project.name = name or self.project.name
        if not return_to:
            return_to = request.referer or "/"
        # expect: open-redirect
        redirect(return_to)

    @expose()
    def update_checked(self, return_to=None, **kw):
        redirect(h.local_url(return_to, default=self.project.url()))

    @expose("json:")
    def import_repo(self, source_url=None, tool="git", **kw):
        require_access(self.project, "admin")
        repo_tasks.clone_remote.post(self.project._id, source_url, tool)
        return dict(status="queued")
