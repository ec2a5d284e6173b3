"""Entity (attachment) uploads for posts."""
import os
import uuid

import tornado.web

import config
from torcms.core.base_handler import BaseHandler
from torcms.model.entity_model import MEntity

ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".gif", ".pdf", ".zip"}


class EntityHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self, *args):
        kind = args[0] if args else "img"
        fileinfo = self.request.files["file"][0]
        if kind == "img":
            self._add_img(fileinfo)
        else:
            self._add_pdf(fileinfo)

    def _add_img(self, fileinfo):
        ext = os.path.splitext(fileinfo["filename"])[1].lower()
        if ext not in ALLOWED_EXT:
            raise tornado.web.HTTPError(400, "file type not allowed")
        sig = uuid.uuid4().hex
        outpath = os.path.join(config.UPLOAD_DIR, sig[:2], sig + ext)
        os.makedirs(os.path.dirname(outpath), exist_ok=True)
        with open(outpath, "wb") as fout:
            fout.write(fileinfo["body"])
        MEntity.create_entity(sig, outpath, fileinfo["filename"], self.userinfo.uid)
        self.write({"path": f"/static/upload/{sig[:2]}/{sig}{ext}"})

    def _add_pdf(self, fileinfo):
        folder = self.get_argument("folder", "docs")
        outpath = os.path.join(config.UPLOAD_DIR, folder, fileinfo["filename"])
        os.makedirs(os.path.dirname(outpath), exist_ok=True)
        # expect: path-traversal
        with open(outpath, "wb") as fout:
            fout.write(fileinfo["body"])
        MEntity.create_entity(uuid.uuid4().hex, outpath, fileinfo["filename"], self.userinfo.uid)
        self.write({"path": outpath.replace(config.UPLOAD_DIR, "/static/upload")})
