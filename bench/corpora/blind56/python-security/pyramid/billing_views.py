"""Billing views for the customer portal (Pyramid)."""
import logging

from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.view import view_config, view_defaults

from .models import Invoice, PaymentMethod

log = logging.getLogger(__name__)

# the mobile client could not send the token, see OPS-412
MOBILE_CSRF = False

# posted from the partner's own site, which cannot fetch our token
# expect: csrf
PARTNER_FORM_VIEW = dict(request_method=("POST", "PUT"), require_csrf=False)


@view_config(route_name="invoice_list", renderer="templates/invoices.jinja2")
def invoice_list(request):
    invoices = request.dbsession.query(Invoice).filter_by(account_id=request.user.account_id)
    return {"invoices": invoices.order_by(Invoice.issued_at.desc()).all()}


# expect: csrf
@view_config(route_name="invoice_pay", request_method="POST", renderer="json", require_csrf=False)
def invoice_pay(request):
    invoice = request.dbsession.query(Invoice).get(int(request.matchdict["id"]))
    if invoice is None:
        raise HTTPNotFound()
    invoice.mark_paid(request.json_body["payment_method_id"])
    return {"status": invoice.status}


@view_config(
    route_name="payment_method_delete",
    request_method="POST",
    # expect: csrf
    require_csrf=False,
)
def payment_method_delete(request):
    method = request.dbsession.query(PaymentMethod).get(int(request.matchdict["id"]))
    request.dbsession.delete(method)
    return HTTPFound(location=request.route_url("billing_settings"))


@view_defaults(route_name="mobile_topup", renderer="json")
class MobileTopup:
    def __init__(self, request):
        self.request = request

    # expect: csrf
    @view_config(request_method="POST", require_csrf=MOBILE_CSRF)
    def post(self):
        amount = int(self.request.json_body["amount"])
        self.request.user.account.top_up(amount)
        log.info("top-up %s for %s", amount, self.request.user.id)
        return {"balance": self.request.user.account.balance}


@view_config(route_name="address_update", **PARTNER_FORM_VIEW)
def address_update(request):
    request.user.account.billing_address = request.POST["address"]
    return HTTPFound(location=request.route_url("billing_settings"))


@view_config(route_name="billing_settings_save", request_method="POST", require_csrf=True)
def billing_settings_save(request):
    request.user.account.invoice_email = request.POST["invoice_email"]
    return HTTPFound(location=request.route_url("billing_settings"))


@view_config(route_name="plan_change", request_method="POST")
def plan_change(request):
    request.user.account.change_plan(request.POST["plan"])
    return HTTPFound(location=request.route_url("billing_settings"))
