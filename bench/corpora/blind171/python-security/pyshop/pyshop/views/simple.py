# -*- coding: utf-8 -*-
"""
PyShop Simple View.

simple views are html pages scraped by pip in order to download release files,
plus the distutils upload endpoint.
"""
import logging
import os.path

from pyramid import httpexceptions as exc
from pyramid.security import authenticated_userid

from pyshop.helpers.storage import release_file_path, store_release_file
from pyshop.models import Package, Release, ReleaseFile, User

from .base import View

log = logging.getLogger(__name__)


class List(View):

    def render(self):
        return {"packages": Package.all(self.session, order_by=Package.name)}


class UploadReleaseFile(View):

    def render(self):
        settings = self.request.registry.settings
        username = authenticated_userid(self.request)
        if not username:
            raise exc.HTTPForbidden()
        params = self.request.params
        if params.get(":action") != "file_upload":
            raise exc.HTTPBadRequest("unsupported action")
        user = User.by_login(self.session, username)
        pkg = Package.by_name(self.session, params["name"])
        if pkg and not pkg.is_owned_by(user):
            raise exc.HTTPForbidden()
        if pkg is None:
            pkg = Package(name=params["name"], local=True, owners=[user])
            self.session.add(pkg)
        release = Release.by_version(self.session, pkg.name, params["version"]) or Release(
            package=pkg, version=params["version"], summary=params.get("summary"),
            description=params.get("description"), author=user)
        content = params["content"]
        path = store_release_file(settings["pyshop.repository"], content.filename, content.file)
        rfile = ReleaseFile(release=release, filename=content.filename, size=os.path.getsize(path),
                            md5_digest=params.get("md5_digest"), package_type=params.get("filetype"))
        self.session.add(rfile)
        return {"release_file": rfile}


class Show(View):

    def render(self):
        package_name = self.request.matchdict["package_name"]
        pkg = Package.by_name(self.session, package_name)
        if pkg is None:
            raise exc.HTTPNotFound()
        return {"package": pkg, "whlify": True}


def get_release_file(root, request):
    session = request.db
    rfile = ReleaseFile.by_id(session, int(request.matchdict["file_id"]))
    if rfile is None:
        raise exc.HTTPNotFound()
    settings = request.registry.settings
    return release_file_path(settings["pyshop.repository"], rfile.filename)
