"""Installing plugins uploaded as zip archives."""
import logging
import os
import zipfile

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.utils.text import get_valid_filename

logger = logging.getLogger("app.logger")

PLUGINS_DIR = os.path.join(settings.MEDIA_ROOT, "plugins")


@staff_member_required
def plugin_upload(request):
    uploaded = request.FILES.get("file")
    if uploaded is None or not uploaded.name.endswith(".zip"):
        return HttpResponseBadRequest("A .zip file is required")
    plugin_name = get_valid_filename(request.POST.get("name") or uploaded.name[:-4])
    archive_path = os.path.join(PLUGINS_DIR, "uploads", plugin_name + ".zip")
    with open(archive_path, "wb") as fd:
        for chunk in uploaded.chunks():
            fd.write(chunk)
    extract_plugin_archive(archive_path, plugin_name)
    return HttpResponseRedirect("/admin/app/plugin/")


def extract_plugin_archive(archive_path, plugin_name):
    destination = os.path.join(PLUGINS_DIR, plugin_name)
    os.makedirs(destination, exist_ok=True)
    with zipfile.ZipFile(archive_path) as archive:
        for member in archive.namelist():
            if member.endswith("/"):
                continue
            # expect: path-traversal
            with open(os.path.join(destination, member), "wb") as out:
                out.write(archive.read(member))
    logger.info("Installed plugin %s", plugin_name)


def extract_plugin_archive_checked(archive_path, plugin_name):
    destination = os.path.realpath(os.path.join(PLUGINS_DIR, plugin_name))
    with zipfile.ZipFile(archive_path) as archive:
        for member in archive.namelist():
            target = os.path.realpath(os.path.join(destination, member))
            if os.path.commonpath([destination, target]) != destination:
                raise ValueError("unsafe path in archive: %s" % member)
        archive.extractall(destination)
