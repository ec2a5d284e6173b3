"""Ops console: trigger a database backup, allow-listed database names."""
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View

from .helpers.backup import dump_database

DATABASES = ("main", "analytics", "audit")


class BackupView(PermissionRequiredMixin, View):
    permission_required = "ops.run_backup"

    def post(self, request):
        db_name = request.POST.get("database", "main")
        if db_name not in DATABASES:
            return HttpResponseBadRequest("unknown database")
        status = dump_database(db_name)
        return JsonResponse({"status": status})
