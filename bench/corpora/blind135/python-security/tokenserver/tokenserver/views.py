"""Token service (cornice) and a small admin login view."""
import html
from urllib.parse import urlsplit

from cornice import Service
from pyramid.httpexceptions import HTTPFound
from pyramid.response import Response
from pyramid.view import view_config

from tokenserver.assignment import INodeAssignment
from tokenserver.verifiers import verify_oauth_token

token = Service(name="token", path="/1.0/{application}/{version}")


def valid_app(request, **kwargs):
    supported = request.registry.settings.get("tokenserver.applications", ["sync-1.5"])
    application = request.matchdict.get("application")
    version = request.matchdict.get("version")
    service = "%s-%s" % (application, version)
    if service not in supported:
        request.errors.add("uri", "application", "unsupported application")
        return
    request.validated["service"] = service


def valid_authorization(request, **kwargs):
    auth = request.headers.get("Authorization", "")
    request.validated["authz"] = verify_oauth_token(auth.split(" ", 1)[-1])


@token.get(validators=(valid_app, valid_authorization))
def return_token(request):
    backend = request.registry.getUtility(INodeAssignment)
    service = request.validated["service"]
    email = request.validated["authz"]["email"]
    user = backend.get_user(service, email)
    client_state = request.headers.get("X-Client-State", "")
    backend.update_user(service, user, generation=request.validated["authz"].get("generation"),
                        client_state=client_state)
    return {"id": user["uid"], "api_endpoint": user["node"], "service": html.escape(service)}


@view_config(route_name="unknown_app")
def unknown_app(request):
    application = request.matchdict.get("application", "")
    # expect: xss
    return Response("<html><body><p>Unknown application %s</p></body></html>" % application, content_type="text/html", status=404)


@view_config(route_name="admin_login", request_method="POST")
def admin_login(request):
    came_from = request.params.get("came_from")
    if not request.authenticated_userid:
        safe = came_from if came_from and not urlsplit(came_from).netloc and came_from.startswith("/") else "/"
        return HTTPFound(location="/login?came_from=" + html.escape(safe))
    if not came_from:
        came_from = request.route_url("admin_home")
    # expect: open-redirect
    return HTTPFound(location=came_from)
