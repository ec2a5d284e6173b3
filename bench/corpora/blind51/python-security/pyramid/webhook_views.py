"""Views called from other origins: the payment widget, the embed form, partner callbacks."""
import hashlib
import hmac
import os

from pyramid.httpexceptions import HTTPForbidden
from pyramid.view import view_config

PARTNER_SECRET = os.environ["PARTNER_WEBHOOK_SECRET"].encode()


# expect: csrf
@view_config(route_name="widget_checkout", request_method="POST", renderer="json", check_origin=False)
def widget_checkout(request):
    cart = request.dbsession.query_cart(request.authenticated_userid)
    order = cart.checkout(request.json_body["payment_token"])
    return {"order": order.id}


@view_config(
    route_name="embed_subscribe",
    request_method="POST",
    renderer="templates/subscribed.jinja2",
    # expect: csrf
    check_origin=False,
)
def embed_subscribe(request):
    request.dbsession.subscribe(request.authenticated_userid, request.POST["list_id"])
    return {}


@view_config(route_name="profile_update", request_method="PUT", renderer="json",
             # expect: csrf
             permission="edit", check_origin=False)
def profile_update(request):
    profile = request.dbsession.profile_for(request.authenticated_userid)
    profile.update(request.json_body)
    return {"ok": True}


@view_config(route_name="settings_save", request_method="POST", renderer="json", check_origin=True)
def settings_save(request):
    request.dbsession.save_settings(request.authenticated_userid, request.json_body)
    return {"ok": True}


@view_config(route_name="public_status", request_method="GET", renderer="json", check_origin=False)
def public_status(request):
    return {"status": "ok", "version": request.registry.settings.get("app.version")}


@view_config(route_name="partner_callback", request_method="POST", renderer="json", require_csrf=False)
def partner_callback(request):
    expected = hmac.new(PARTNER_SECRET, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        raise HTTPForbidden()
    request.dbsession.record_callback(request.json_body)
    return {"received": True}
