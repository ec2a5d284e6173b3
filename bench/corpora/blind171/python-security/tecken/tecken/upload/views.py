# This Source Code Form is subject to the terms of the Mozilla Public
# License, v. 2.0. If a copy of the MPL was not distributed with this
# file, You can obtain one at https://mozilla.org/MPL/2.0/.

import logging

from django import http
from django.contrib.auth.decorators import permission_required
from django.views.decorators.csrf import csrf_exempt

from tecken.base.decorators import api_login_required
from tecken.upload import tasks
from tecken.upload.forms import UploadByDownloadForm, UploadForm
from tecken.upload.models import Upload
from tecken.upload.utils import extract_archive

logger = logging.getLogger("tecken.upload")


@csrf_exempt
@api_login_required
@permission_required("upload.upload_symbols")
def upload_archive(request):
    if request.POST.get("url"):
        form = UploadByDownloadForm(request.POST)
        if not form.is_valid():
            return http.JsonResponse({"error": form.errors}, status=400)
        upload = Upload.objects.create(
            user=request.user, download_url=form.cleaned_data["url"], state="queued"
        )
        tasks.download_and_process.delay(upload.id)
        return http.JsonResponse({"upload": {"id": upload.id}}, status=201)

    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return http.JsonResponse({"error": form.errors}, status=400)
    upload = Upload.objects.create(user=request.user, filename=form.cleaned_data["file"].name,
                                   try_symbols=form.cleaned_data["try_symbols"])
    written = extract_archive(form.cleaned_data["file"], upload.id)
    upload.file_count = len(written)
    upload.save(update_fields=["file_count"])
    return http.JsonResponse({"upload": {"id": upload.id, "files": len(written)}}, status=201)


@csrf_exempt
@api_login_required
@permission_required("upload.upload_symbols")
def upload_retry(request, upload_id):
    """Re-queue a failed upload, optionally from a corrected mirror URL."""
    upload = Upload.objects.get(id=upload_id, user=request.user)
    new_url = request.POST.get("mirror_url")
    if new_url:
        upload.download_url = new_url
    upload.state = "queued"
    upload.save(update_fields=["download_url", "state"])
    tasks.download_and_process.delay(upload.id)
    return http.JsonResponse({"upload": {"id": upload.id, "state": upload.state}})
