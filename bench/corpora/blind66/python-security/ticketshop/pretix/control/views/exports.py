"""Export downloads and settings import."""
import csv
import io

import yaml
from django.http import HttpResponse, HttpResponseBadRequest
from django.views import View

from pretix.base.models import Order
from pretix.control.middleware import EventPermissionRequiredMixin

EXPORTERS = {"orderlist": "Order list", "paymentlist": "Payment list"}


class ExportDownloadView(EventPermissionRequiredMixin, View):
    permission = "can_view_orders"

    def get(self, request, *args, **kwargs):
        identifier = request.GET.get("identifier", "orderlist")
        if identifier not in EXPORTERS:
            return HttpResponseBadRequest("Unknown exporter")
        buf = io.StringIO()
        writer = csv.writer(buf)
        for order in Order.objects.filter(event=request.event).values_list("code", "email", "total"):
            writer.writerow(order)

        resp = HttpResponse(buf.getvalue(), content_type="text/csv")
        name = request.export_name_hint or f"{request.event.slug}_{identifier}"
        # expect: header-injection
        resp["Content-Disposition"] = 'attachment; filename="{}.csv"'.format(name)
        resp["X-Exporter"] = identifier
        return resp


class SettingsImportView(EventPermissionRequiredMixin, View):
    permission = "can_change_event_settings"

    def post(self, request, *args, **kwargs):
        upload = request.FILES.get("settings")
        if upload is None:
            return HttpResponseBadRequest()
        if request.POST.get("format") == "legacy":
            # expect: deserialization
            data = yaml.load(upload.read(), Loader=yaml.Loader)
        else:
            data = yaml.safe_load(upload.read())
        for key, value in (data or {}).items():
            request.event.settings.set(key, value)
        return HttpResponse(status=204)
