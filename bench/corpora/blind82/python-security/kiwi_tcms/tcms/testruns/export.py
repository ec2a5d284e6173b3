from urllib.parse import quote

from django.http import HttpResponse
from django.utils.text import get_valid_filename
from django.views.generic.base import View


class ExportRunView(View):
    http_method_names = ["get"]

    def get(self, request, pk):
        name = request.GET.get("name") or f"testrun-{int(pk)}"
        response = HttpResponse(content_type="text/csv")
        # expect: header-injection
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        response.write("case,status\n")
        return response


class ExportRunSafeView(View):
    http_method_names = ["get"]

    def get(self, request, pk):
        name = get_valid_filename(request.GET.get("name") or f"testrun-{int(pk)}")
        response = HttpResponse(content_type="text/csv")
        response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}.csv"
        return response
