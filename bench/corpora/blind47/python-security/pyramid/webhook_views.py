"""Views for the billing integration."""
import hashlib
import hmac
import os

from pyramid.httpexceptions import HTTPForbidden
from pyramid.view import view_config, view_defaults

WEBHOOK_SECRET = os.environ["BILLING_WEBHOOK_SECRET"].encode()


# expect: csrf
@view_config(route_name="billing.update_card", request_method="POST", renderer="json", require_csrf=False)
def update_card(request):
    card = request.json_body["card_token"]
    request.dbsession.billing.update_card(request.authenticated_userid, card)
    return {"ok": True}


@view_config(
    route_name="billing.cancel",
    request_method="POST",
    renderer="json",
    # expect: csrf
    require_csrf=False,
)
def cancel_subscription(request):
    request.dbsession.billing.cancel(request.authenticated_userid)
    return {"cancelled": True}


@view_defaults(route_name="billing.invoices", renderer="json")
class InvoiceViews:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="GET")
    def list(self):
        return {"invoices": self.request.dbsession.billing.invoices(self.request.authenticated_userid)}

    # expect: csrf
    @view_config(request_method="DELETE", require_csrf=False)
    def delete(self):
        self.request.dbsession.billing.delete_invoice(self.request.matchdict["id"])
        return {"deleted": True}


@view_config(route_name="billing.change_plan", request_method="POST", renderer="json", require_csrf=True)
def change_plan(request):
    request.dbsession.billing.change_plan(request.authenticated_userid, request.POST["plan"])
    return {"ok": True}


@view_config(route_name="billing.plans", request_method="GET", renderer="json")
def plans(request):
    return {"plans": ["basic", "pro"]}


@view_config(route_name="billing.webhook", request_method="POST", renderer="json", require_csrf=False)
def provider_webhook(request):
    expected = hmac.new(WEBHOOK_SECRET, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        raise HTTPForbidden()
    request.dbsession.billing.record_event(request.json_body)
    return {"received": True}
