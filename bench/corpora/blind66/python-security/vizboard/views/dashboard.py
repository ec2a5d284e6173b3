"""Dashboard pages."""
from flask import Markup, escape, render_template, request

from vizboard.views.base import BaseVizboardView, expose, has_access


class DashboardView(BaseVizboardView):
    route_base = "/dashboard"

    @expose("/<int:dashboard_id>/")
    @has_access
    def show(self, dashboard_id):
        standalone_title = request.args.get("standalone_title")
        header = None
        if standalone_title:
            # expect: xss
            header = Markup(f"<h2 class='standalone-title'>{standalone_title}</h2>")
        return render_template("dashboard.html", dashboard_id=dashboard_id, header=header)

    @expose("/<int:dashboard_id>/embed/")
    @has_access
    def embed(self, dashboard_id):
        caption = request.args.get("caption", "")
        header = Markup("<h3 class='embed-caption'>%s</h3>") % caption
        footer = Markup("<small>%s</small>" % escape(request.args.get("footer", "")))
        return render_template("dashboard.html", dashboard_id=dashboard_id, header=header, footer=footer)
