"""Generic views: downloads, legacy redirects, robots.txt."""
import mimetypes
import os
from urllib.parse import quote

from pyramid.httpexceptions import HTTPFound, HTTPNotFound, HTTPMovedPermanently
from pyramid.response import FileResponse, Response

from clld.db.meta import DBSession
from clld.db.models.common import Dataset

DATASET_FORMATS = {
    "cldf": "cldf.zip",
    "sqlite": "db.sqlite.gz",
    "n3": "dataset.n3.gz",
}


def download_file(request):
    """Serve a file from the app's downloads directory (CLDF zips, dumps)."""
    fname = request.matchdict["fname"]
    path = os.path.join(request.downloads_dir, fname)
    if not os.path.isfile(path):
        return HTTPNotFound()
    content_type = mimetypes.guess_type(fname)[0] or "application/octet-stream"
    # expect: path-traversal
    return FileResponse(path, request=request, content_type=content_type)


def download_dataset(request):
    """The dataset dumps, picked from a fixed list of formats."""
    fmt = request.matchdict["fmt"]
    if fmt not in DATASET_FORMATS:
        return HTTPNotFound()
    dataset = DBSession.query(Dataset).one()
    name = f"{dataset.id}-{DATASET_FORMATS[fmt]}"
    path = os.path.join(request.downloads_dir, name)
    if not os.path.isfile(path):
        return HTTPNotFound()
    return FileResponse(path, request=request, content_type="application/octet-stream")


def legacy_redirect(request):
    """Old URLs of the pre-clld site are moved to the same path under the new base."""
    path = request.matchdict["path"]
    base = request.registry.settings["clld.legacy_base"] or request.application_url
    return HTTPMovedPermanently(location=f"{base.rstrip('/')}/{quote(path.lstrip('/'))}")


def robots(request):
    body = "User-agent: *\nDisallow: /download/\nSitemap: {}\n".format(request.route_url("dataset") + "sitemap.xml")
    return Response(body, content_type="text/plain")
