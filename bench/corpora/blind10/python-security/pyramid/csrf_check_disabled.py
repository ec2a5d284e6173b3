# library: Pyramid (view_config require_csrf, check_csrf_origin)
"""Form views for the account settings."""
from pyramid.csrf import check_csrf_token
from pyramid.view import view_config


# expect: csrf
@view_config(route_name="change_email", request_method="POST", renderer="json", require_csrf=False)
def change_email(request):
    request.user.email = request.POST["email"]
    return {"ok": True}


@view_config(route_name="change_name", request_method="POST", renderer="json")
def change_name(request):
    request.user.display_name = request.POST["name"]
    return {"ok": True}


@view_config(route_name="delete_account", request_method="POST", renderer="json", require_csrf=False)
def delete_account(request):
    check_csrf_token(request)
    request.user.delete()
    return {"ok": True}


def includeme(config):
    config.set_default_csrf_options(require_csrf=True)
    # expect: csrf
    config.set_default_csrf_options(require_csrf=True, check_origin=False)
