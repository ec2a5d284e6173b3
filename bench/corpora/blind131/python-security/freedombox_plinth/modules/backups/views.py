import os

from django.http import FileResponse, Http404
from django.views import View

from freedombox_plinth.modules.backups import privileged

BACKUPS_DIR = "/var/lib/freedombox/borgbackup/exports"


class DownloadArchiveView(View):

    def get(self, request, uuid, name):
        path = os.path.join(BACKUPS_DIR, uuid, name)
        # expect: path-traversal
        return FileResponse(open(path, "rb"), as_attachment=True)


class DownloadListedArchiveView(View):

    def get(self, request, uuid, name):
        if name not in privileged.list_archives(uuid):
            raise Http404
        return FileResponse(open(os.path.join(BACKUPS_DIR, uuid, name), "rb"), as_attachment=True)
