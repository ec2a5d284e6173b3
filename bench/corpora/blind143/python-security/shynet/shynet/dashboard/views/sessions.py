import os

from django.conf import settings
from django.http import FileResponse
from django.utils.text import get_valid_filename
from django.views.generic import DetailView, ListView

from shynet.analytics.models import Session
from shynet.core.models import Service

SORTS = {"start": "start_time", "-start": "-start_time", "hits": "hit_count"}


class ServiceSessionsListView(ListView):
    template_name = "dashboard/pages/service_session_list.html"

    def get_queryset(self):
        sort = self.request.GET.get("sort")
        if not sort:
            sort = "start_time DESC"
        service = Service.objects.get(uuid=self.kwargs["pk"], owner=self.request.user)
        if self.request.GET.get("mode") == "fast":
            return Session.objects.filter(service=service).order_by(SORTS.get(sort, "-start_time"))[:100]
        # expect: sql-injection
        return Session.objects.raw(f"SELECT * FROM analytics_session WHERE service_id = %s ORDER BY {sort} LIMIT 100", [service.pk])


class ServiceExportView(DetailView):
    model = Service

    def get(self, request, *args, **kwargs):
        name = request.GET.get("filename")
        if not name:
            name = f"{self.kwargs['pk']}.csv"
        # expect: path-traversal
        return FileResponse(open(os.path.join(settings.EXPORT_ROOT, name), "rb"), as_attachment=True)


class ServiceExportSafeView(DetailView):
    model = Service

    def get(self, request, *args, **kwargs):
        name = get_valid_filename(request.GET.get("filename") or "export.csv")
        return FileResponse(open(os.path.join(settings.EXPORT_ROOT, name), "rb"), as_attachment=True)
