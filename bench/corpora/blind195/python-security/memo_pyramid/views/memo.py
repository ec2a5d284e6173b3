from markupsafe import escape
from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.response import Response
from pyramid.view import view_config

from ..services import memo_repo


@view_config(route_name="memo_list", renderer="memo_python_pyramid:templates/memo_list.jinja2", permission="view")
def memo_list(request):
    memos = memo_repo.list_memos(request.dbsession, request.authenticated_userid, request.params.get("order", "new"))
    return {"memos": memos}


@view_config(route_name="memo_search", renderer="json", permission="view")
def memo_search(request):
    rows = memo_repo.search(request.dbsession, request.authenticated_userid, request.params.get("w", ""))
    return [{"id": r.id, "title": r.title} for r in rows]


@view_config(route_name="memo_search_v2", renderer="json", permission="view")
def memo_search_v2(request):
    rows = memo_repo.search_bound(request.dbsession, request.authenticated_userid, request.params.get("w", ""))
    return [{"id": r.id, "title": r.title} for r in rows]


@view_config(route_name="memo_create", request_method="POST", permission="edit")
def memo_create(request):
    memo = memo_repo.create(
        request.dbsession, request.authenticated_userid, request.POST["title"], request.POST["body"]
    )
    came_from = request.params.get("came_from")
    if came_from:
        # expect: open-redirect
        return HTTPFound(location=came_from)
    return HTTPFound(location=request.route_url("memo_show", id=memo.id))


@view_config(route_name="memo_update", request_method="POST", permission="edit")
def memo_update(request):
    memo = memo_repo.get(request.dbsession, request.matchdict["id"])
    if memo is None:
        return HTTPNotFound()
    memo.title = request.POST["title"]
    memo.body = request.POST["body"]
    return HTTPFound(location=request.route_url("memo_show", id=memo.id))


@view_config(route_name="memo_raw", permission="view")
def memo_raw(request):
    memo = memo_repo.get(request.dbsession, request.matchdict["id"])
    if memo is None:
        return HTTPNotFound()
    # expect: xss
    return Response(f"<h2>{memo.title}</h2><div class='memo'>{memo.body}</div>", content_type="text/html")


@view_config(route_name="memo_raw_v2", permission="view")
def memo_raw_v2(request):
    memo = memo_repo.get(request.dbsession, request.matchdict["id"])
    if memo is None:
        return HTTPNotFound()
    html = f"<h2>{escape(memo.title)}</h2><div class='memo'>{escape(memo.body)}</div>"
    return Response(html, content_type="text/html")
