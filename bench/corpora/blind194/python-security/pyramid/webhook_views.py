"""Inbound webhooks and the account forms that share this module."""
import hmac
import json
from hashlib import sha256

from pyramid.httpexceptions import HTTPBadRequest, HTTPForbidden, HTTPFound
from pyramid.view import view_config

from .models import Account, Delivery


def _valid_signature(request):
    secret = request.registry.settings["webhooks.courier_secret"].encode()
    sent = request.headers.get("X-Courier-Signature", "")
    return hmac.compare_digest(sent, hmac.new(secret, request.body, sha256).hexdigest())


@view_config(route_name="courier_webhook", request_method="POST", require_csrf=False, renderer="json")
def courier_webhook(request):
    if not _valid_signature(request):
        raise HTTPForbidden()
    payload = json.loads(request.body)
    Delivery.update_status(request.dbsession, payload["tracking"], payload["status"])
    return {"ok": True}


# expect: csrf-disabled
@view_config(route_name="account_email", request_method="POST", check_origin=False, renderer="templates/account.jinja2")
def change_email(request):
    account = Account.for_user(request.dbsession, request.authenticated_userid)
    new_email = request.POST.get("email", "").strip()
    if "@" not in new_email:
        raise HTTPBadRequest()
    account.email = new_email
    return HTTPFound(location=request.route_url("account"))


@view_config(route_name="account_delete", request_method="POST", check_origin=True, require_csrf=True)
def delete_account(request):
    Account.for_user(request.dbsession, request.authenticated_userid).schedule_deletion()
    return HTTPFound(location=request.route_url("goodbye"))


# expect: csrf-disabled
@view_config(route_name="embed_vote", request_method="POST", require_csrf=True, check_origin=False, renderer="json")
def embed_vote(request):
    """Voting widget embedded on partner sites, posted with the user's session cookie."""
    Account.for_user(request.dbsession, request.authenticated_userid).vote(request.POST["poll"], request.POST["choice"])
    return {"ok": True}


@view_config(route_name="account", renderer="templates/account.jinja2")
def account_page(request):
    return {"account": Account.for_user(request.dbsession, request.authenticated_userid)}
