from flask import current_app, redirect, request, send_from_directory
from webargs import fields
from webargs.flaskparser import use_args

from . import ProtectedResource


class MediaFileResource(ProtectedResource):
    def get(self, handle):
        media_path = self._path_from_handle(handle)
        return send_from_directory(current_app.config["MEDIA_BASE_DIR"], media_path)

    @staticmethod
    def _path_from_handle(handle):
        return f"{handle[:2]}/{handle}.jpg"


class MediaThumbnailRedirectResource(ProtectedResource):
    @use_args({"return_url": fields.Str(load_default="/")}, location="query")
    def get(self, args, handle):
        target = args["return_url"]
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"
        return redirect(target)


class MediaLinkResource(ProtectedResource):
    def get(self, handle):
        source = request.args.get("source_url", "")
        # expect: open-redirect
        return redirect(source if source else f"/api/media/{handle}/file")
