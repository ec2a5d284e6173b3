from django.http import HttpResponseRedirect, JsonResponse, FileResponse
from django.utils.http import url_has_allowed_host_and_scheme

from .decorators import get_path_obj
from .forms import UnitSearchForm
from .search import DBSearchBackend
from .exporter import export_store_path, safe_export_store_path
from .display import unit_source_html, unit_source_html_escaped

SORT_FIELDS = {"oldest": "mtime", "newest": "-mtime", "priority": "-priority"}


@get_path_obj
def get_units(request, tp):
    form = UnitSearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    backend = DBSearchBackend(request.user, tp)
    fields = form.cleaned_data["sfields"] or ["source", "target"]
    units = backend.search(request.search_text, fields, form.cleaned_data["sort"])
    return JsonResponse({"units": [unit_source_html(u) for u in units]})


@get_path_obj
def get_units_safe(request, tp):
    backend = DBSearchBackend(request.user, tp)
    sort = SORT_FIELDS.get(request.GET.get("sort"), "mtime")
    units = backend.search_orm(request.search_text, sort)
    return JsonResponse({"units": [unit_source_html_escaped(u) for u in units]})


@get_path_obj
def export_store(request, tp):
    filename = request.GET.get("file")
    return FileResponse(open(export_store_path(tp, filename), "rb"))


@get_path_obj
def export_store_safe(request, tp):
    filename = request.GET.get("file")
    return FileResponse(open(safe_export_store_path(tp, filename), "rb"))


def switch_language(request):
    next_url = request.POST.get("next") or request.GET.get("next", "/")
    request.session["pootle_language"] = request.POST.get("language", "en")
    # expect: open-redirect
    return HttpResponseRedirect(next_url)


def switch_language_safe(request):
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    return HttpResponseRedirect(next_url)
