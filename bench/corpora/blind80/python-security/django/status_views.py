"""Status pages and error responses of the uploads app."""
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseNotAllowed,
    HttpResponseNotFound,
)
from django.shortcuts import render
from django.template.loader import render_to_string

from .models import Upload


def upload_status(request, upload_id):
    upload = Upload.objects.filter(pk=upload_id).first()
    if upload is None:
        return HttpResponseNotFound("<p>No such upload</p>")
    # expect: xss
    return HttpResponse("<p>%s: %s</p>" % (upload.original_name, upload.state))


def rename(request, upload_id):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    new_name = request.POST.get("name", "")
    if "/" in new_name:
        # expect: xss
        return HttpResponseBadRequest("invalid name: " + new_name)
    Upload.objects.filter(pk=upload_id).update(original_name=new_name)
    return HttpResponse(status=204)


def owner_only(request, upload_id):
    upload = Upload.objects.get(pk=upload_id)
    if upload.owner_id != request.user.id:
        # expect: xss
        return HttpResponseForbidden(
            "<h1>Forbidden</h1><p>%s belongs to someone else</p>" % upload.original_name
        )
    return render(request, "uploads/detail.html", {"upload": upload})


def ping(request):
    return HttpResponse("pong", content_type="text/plain")


def gone(request):
    return HttpResponseNotFound()


def summary(request):
    html = render_to_string("uploads/summary.html", {"uploads": Upload.objects.all()[:20]}, request=request)
    return HttpResponse(html)
