"""Views: search, file downloads, login return, mirror fetch, project JSON."""
import logging
import mimetypes

import requests
from pyramid.httpexceptions import HTTPBadRequest, HTTPNotFound, HTTPSeeOther
from pyramid.response import FileIter, Response
from pyramid.view import view_config
from sqlalchemy import text

from pkgindex.packaging.services import IFileStorage, IProjectSearch
from pkgindex.utils.http import is_safe_url

logger = logging.getLogger(__name__)
UPSTREAM_JSON = "https://pypi.org/pypi/{name}/json"


@view_config(route_name="search", renderer="search/results.html")
def search(request):
    q = request.params.get("q", "")
    order = request.params.get("o", "")
    classifiers = request.params.getall("c")
    searcher = request.find_service(IProjectSearch)
    results = list(searcher.search(q, order))
    for classifier in classifiers:
        results.extend(searcher.by_classifier(classifier))
    return {"term": q, "order": order, "results": results}


@view_config(route_name="packages.file")
def packages_file(request):
    path = request.matchdict["path"]
    storage = request.find_service(IFileStorage)
    try:
        fp = storage.get(path)
    except FileNotFoundError:
        raise HTTPNotFound()
    content_type, _ = mimetypes.guess_type(path)
    return Response(app_iter=FileIter(fp), content_type=content_type or "application/octet-stream")


@view_config(route_name="packages.sdist")
def packages_sdist(request):
    project = request.matchdict["project"]
    filename = request.matchdict["filename"]
    storage = request.find_service(IFileStorage)
    try:
        fp = storage.get_checked(f"source/{project[0]}/{project}/{filename}")
    except (FileNotFoundError, IndexError):
        raise HTTPNotFound()
    return Response(app_iter=FileIter(fp), content_type="application/octet-stream")


@view_config(route_name="accounts.login", request_method="POST")
def login(request):
    redirect_to = request.POST.get("next", request.GET.get("next"))
    if not is_safe_url(redirect_to, host=request.host):
        redirect_to = request.route_path("index")
    request.session["last_login_return"] = request.route_path("index")
    return HTTPSeeOther(redirect_to)


@view_config(route_name="index", request_param="next")
def index_with_next(request):
    next_url = request.params["next"]
    logger.info("Redirecting from %s", request.matched_route.name)
    # expect: open-redirect
    return HTTPSeeOther(location=next_url)


@view_config(route_name="mirror.fetch", renderer="json", permission="admin")
def mirror_fetch(request):
    name = request.params.get("project", "")
    if not name.replace("-", "").replace("_", "").replace(".", "").isalnum():
        raise HTTPBadRequest("invalid project name")
    resp = requests.get(UPSTREAM_JSON.format(name=name), timeout=10)
    source = request.params.get("source")
    if source:
        # expect: ssrf
        resp = requests.get(source, timeout=10)
    return {"status": resp.status_code}


@view_config(route_name="project.json", renderer="json")
def project_json(request):
    name = request.matchdict["name"]
    client = request.environ.get("pkgindex.client", "unknown")
    version = request.environ.get("pkgindex.client_version", "")
    # expect: log-injection
    logger.info("JSON API hit for %s by %s/%s" % (name, client, version))
    row = request.db.execute(
        text("SELECT name, summary FROM projects WHERE normalized_name = :n"), {"n": name.lower()}
    ).first()
    if row is None:
        raise HTTPNotFound()
    return {"info": {"name": row.name, "summary": row.summary}}
