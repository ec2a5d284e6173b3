"""Public index, snapshot pages and the add form."""
from django.db import connection
from django.http import HttpResponse
from django.views import View
from django.views.generic import FormView

from ..misc.serve_static import serve_from_snapshot, serve_from_snapshot_checked
from . import main
from .admin_helpers import snapshot_title_html, snapshot_title_html_escaped
from .forms import AddLinkForm
from .models import Snapshot


class AddView(FormView):
    template_name = "add.html"
    form_class = AddLinkForm

    def form_valid(self, form):
        urls = form.cleaned_data["url"]
        depth = form.cleaned_data["depth"]
        tag = form.cleaned_data["tag"] or ""
        if self.request.POST.get("argv"):
            pid = main.add_in_background_argv(urls, depth, tag)
        elif self.request.POST.get("quoted"):
            pid = main.add_quoted(urls, depth, tag)
        else:
            pid = main.add_in_background(urls, depth, tag)
        return HttpResponse(f"started {pid}")


class SnapshotView(View):
    def get(self, request, path):
        slug, _, archivefile = path.partition("/")
        snapshot = Snapshot.objects.get(timestamp=slug)
        if request.GET.get("strict"):
            return serve_from_snapshot_checked(snapshot.link_dir, archivefile or "index.html")
        return serve_from_snapshot(snapshot.link_dir, archivefile or "index.html")


class PublicIndexView(View):
    def get(self, request):
        query = request.GET.get("q", "")
        with connection.cursor() as cursor:
            if request.GET.get("exact"):
                cursor.execute("SELECT id FROM core_snapshot WHERE url = %s OR title = %s", [query, query])
            else:
                # expect: sql-injection
                cursor.execute(f"SELECT id FROM core_snapshot WHERE url LIKE '%%{query}%%' OR title LIKE '%%{query}%%'")
            ids = [row[0] for row in cursor.fetchall()]
        snapshots = Snapshot.objects.filter(id__in=ids)
        render = snapshot_title_html_escaped if request.GET.get("escaped") else snapshot_title_html
        return HttpResponse("<ul>" + "".join(f"<li>{render(s)}</li>" for s in snapshots) + "</ul>")
