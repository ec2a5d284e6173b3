import hashlib
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404

from .models import Email, InboxQuerySet
from .render import clean_html_body, parse_feedback_report, parse_list_header, subject_heading, unsafe_html_body
from .search import SearchBackend
from .tasks import liberate_data, liberate_data_safe, search_task


@login_required
def search_view(request):
    query = request.inbox_search
    key = hashlib.sha256(("%s:%s" % (request.user.pk, query)).encode()).hexdigest()
    search_task.delay(request.user.pk, query, key)
    return JsonResponse({"key": key, "extra": SearchBackend(request.user, query).extra_search().count()})


@login_required
def domain_inboxes(request):
    qs = InboxQuerySet(request.user)
    rows = qs.by_domain(request.inbox_domain_raw)
    rows_bound = qs.by_domain_bound(request.inbox_domain_raw)
    return JsonResponse({"rows": rows, "bound": rows_bound})


@login_required
def email_view(request, email_id):
    email = get_object_or_404(Email, pk=int(email_id), inbox__user=request.user)
    allow_remote = request.GET.get("imgDisplay") == "1"
    body = unsafe_html_body(email, allow_remote) if request.GET.get("raw") else clean_html_body(email)
    return HttpResponse(subject_heading(email) + body)


@login_required
def liberate(request):
    options = {"name": request.POST.get("name"), "format": request.POST.get("format", "tar.gz")}
    liberate_data.delay(request.user.pk, options)
    liberate_data_safe.delay(request.user.pk, options)
    return JsonResponse({"queued": True})


@login_required
def liberation_download(request):
    name = request.GET.get("file", "inboxen-%s.tar.gz" % request.user.pk)
    # expect: path-traversal
    return FileResponse(open(os.path.join(settings.LIBERATION_PATH, name), "rb"))


@login_required
def liberation_download_safe(request):
    name = os.path.basename(request.GET.get("file", ""))
    base = os.path.realpath(settings.LIBERATION_PATH)
    path = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, path]) != base or not name.startswith("inboxen-%s" % request.user.pk):
        raise Http404()
    return FileResponse(open(path, "rb"))


@login_required
def report_upload(request):
    raw = request.body
    header = parse_list_header(raw)
    report = parse_feedback_report(raw)
    return JsonResponse({"tag": header.tag, "report": report.tag})
