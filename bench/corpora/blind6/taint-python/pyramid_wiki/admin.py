"""Wiki admin views (Pyramid)."""
import shlex
import subprocess

from pyramid.httpexceptions import HTTPBadRequest
from pyramid.response import Response
from pyramid.view import view_config, view_defaults
from sqlalchemy import text

from .models import DBSession

EXPORT_FORMATS = {"html", "pdf", "markdown"}


@view_defaults(permission="admin")
class AdminViews:
    def __init__(self, request):
        self.request = request

    @view_config(route_name="admin_export", renderer="json")
    def export(self):
        fmt = self.request.GET.get("format", "html")
        # expect: command-injection-pyramid
        out = subprocess.check_output("wiki-export --format " + fmt, shell=True, text=True)
        return {"output": out}

    @view_config(route_name="admin_export_safe", renderer="json")
    def export_safe(self):
        fmt = self.request.GET.get("format", "html")
        if fmt not in EXPORT_FORMATS:
            raise HTTPBadRequest()
        return {"output": subprocess.check_output(["wiki-export", "--format", fmt], text=True)}

    @view_config(route_name="admin_grep", renderer="json")
    def grep(self):
        term = self.request.params.get("term", "")
        out = subprocess.check_output("grep -rl " + shlex.quote(term) + " /srv/wiki/pages", shell=True, text=True)
        return {"files": out.splitlines()}

    @view_config(route_name="admin_rename", request_method="POST", renderer="json")
    def rename(self):
        data = self.request.json_body
        # expect: sql-injection-pyramid
        DBSession.execute(text(f"UPDATE pages SET title = '{data['new']}' WHERE title = '{data['old']}'"))
        return {"ok": True}

    @view_config(route_name="admin_rename_safe", request_method="POST", renderer="json")
    def rename_safe(self):
        data = self.request.json_body
        DBSession.execute(text("UPDATE pages SET title = :new WHERE title = :old"), {"new": data["new"], "old": data["old"]})
        return {"ok": True}

    @view_config(route_name="admin_user")
    def user_banner(self):
        user = self.request.matchdict["user"]
        # expect: xss-pyramid-response
        return Response(body=f"<h2>Pages edited by {user}</h2>".encode(), content_type="text/html")

    @view_config(route_name="admin_stats", renderer="json")
    def stats(self):
        return {"pages": DBSession.execute(text("SELECT count(*) FROM pages")).scalar()}
