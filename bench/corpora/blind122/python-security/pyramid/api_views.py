"""Account settings views of the member site (Pyramid, cookie sessions)."""
from pyramid.httpexceptions import HTTPFound, HTTPNoContent
from pyramid.view import view_config

from .models import ApiToken, Membership


@view_config(route_name="settings", renderer="templates/settings.jinja2", request_method="GET")
def settings_page(request):
    return {"user": request.user}


# expect: csrf-disabled
@view_config(route_name="settings_email", request_method="POST", require_csrf=False)
def change_email(request):
    request.user.email = request.POST["email"]
    return HTTPFound(location=request.route_url("settings"))


# expect: csrf-disabled
@view_config(route_name="membership_cancel", request_method="POST", renderer="json", require_csrf=False)
def cancel_membership(request):
    Membership.cancel(request.user)
    return {"cancelled": True}


@view_config(route_name="settings_name", request_method="POST", require_csrf=True)
def change_name(request):
    request.user.display_name = request.POST["name"][:80]
    return HTTPFound(location=request.route_url("settings"))


# expect: csrf-disabled
@view_config(route_name="token_delete", request_method="DELETE", require_csrf=False, permission="edit")
def delete_token(request):
    ApiToken.revoke(request.user, request.matchdict["token_id"])
    return HTTPNoContent()


@view_config(route_name="settings_theme", request_method="POST")
def change_theme(request):
    request.session["theme"] = request.POST.get("theme", "light")
    return HTTPFound(location=request.route_url("settings"))


@view_config(route_name="export", request_method="GET", renderer="json", require_csrf=False)
def export_settings(request):
    return {"email": request.user.email, "name": request.user.display_name}
