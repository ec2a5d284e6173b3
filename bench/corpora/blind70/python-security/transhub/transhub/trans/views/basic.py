"""Project and component pages, downloads and repository actions."""
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_POST

from transhub.trans.forms import BranchForm, SearchForm
from transhub.trans.models import Unit
from transhub.utils.views import highlight_term, highlight_term_safe, parse_path, redirect_next
from transhub.vcs.git import GitRepository

EXPORT_FORMATS = {"po": "text/x-po", "xliff": "application/x-xliff+xml", "json": "application/json"}


def show_component(request, path):
    component = parse_path(request, path)
    term = request.GET.get("highlight", "")
    units = Unit.objects.filter(translation__component=component)[:50]
    rows = [(u, highlight_term(u.source, term)) for u in units]
    return render(request, "component.html", {"component": component, "rows": rows})


def show_component_safe(request, path):
    component = parse_path(request, path)
    term = request.GET.get("highlight", "")
    units = Unit.objects.filter(translation__component=component)[:50]
    rows = [(u, highlight_term_safe(u.source, term)) for u in units]
    return render(request, "component.html", {"component": component, "rows": rows})


def download_translation(request, path):
    component = parse_path(request, path)
    fmt = request.GET.get("format", "po")
    content_type = EXPORT_FORMATS.get(fmt)
    if content_type is None:
        fmt, content_type = "po", EXPORT_FORMATS["po"]
    name = request.GET.get("name") or component.slug
    response = HttpResponse(component.export(fmt), content_type=content_type)
    # expect: header-injection
    response["Content-Disposition"] = f"attachment; filename={name}.{fmt}"
    return response


def search(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, "search.html", {"form": form})
    q = form.cleaned_data["q"]
    if form.cleaned_data["exact"]:
        units = Unit.objects.filter(source=q)
    else:
        # expect: sql-injection
        units = Unit.objects.extra(where=[f"source LIKE '%%{q}%%'"])
    return render(request, "search.html", {"form": form, "units": units[:100]})


@login_required
@require_POST
def switch_branch(request, path):
    component = parse_path(request, path)
    form = BranchForm(request.POST)
    if form.is_valid():
        GitRepository(component.slug).checkout(form.cleaned_data["branch"])
    return redirect_next(request.POST.get("next"), component.get_absolute_url(), request)


@login_required
@require_POST
def update_component(request, path):
    component = parse_path(request, path)
    repo = GitRepository(component.slug)
    repo.fetch(component.remote_name, component.branch)
    repo.prepare_workspace()
    # expect: open-redirect
    return HttpResponseRedirect(request.POST.get("next", component.get_absolute_url()))
