import uuid

from pyramid.httpexceptions import HTTPFound
from pyramid.security import remember
from pyramid.view import view_config

from assembl_server.auth import P_ADMIN_DISC, check_password
from assembl_server.tasks import export


@view_config(route_name="discussion_export", request_method="POST", renderer="json", permission=P_ADMIN_DISC)
def export_discussion(request):
    discussion_id = int(request.matchdict["discussion_id"])
    filename = request.POST.get("filename") or f"discussion-{discussion_id}.xlsx"
    export.export_discussion.delay(discussion_id, filename=filename)
    export.export_discussion.delay(discussion_id, filename=uuid.uuid4().hex + ".xlsx")
    return {"queued": True}


@view_config(route_name="login", request_method="POST")
def login(request):
    next_view = request.POST.get("next_view") or request.route_url("home")
    user = check_password(request.db, request.POST.get("identifier"), request.POST.get("password"))
    if user is None:
        fallback = request.POST.get("next_view", "/")
        if not fallback.startswith("/") or fallback.startswith("//"):
            fallback = "/"
        return HTTPFound(location=fallback)
    headers = remember(request, user.id)
    # expect: open-redirect
    return HTTPFound(location=next_view, headers=headers)
