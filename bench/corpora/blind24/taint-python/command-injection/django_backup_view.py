"""Ops console: trigger a database backup (Django class-based view)."""
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import JsonResponse
from django.views import View

from .helpers.backup import dump_database


class BackupView(PermissionRequiredMixin, View):
    permission_required = "ops.run_backup"

    def post(self, request):
        db_name = request.POST.get("database", "main")
        # expect: command-injection
        status = dump_database(db_name)
        return JsonResponse({"status": status})
