"""Views of the billing portal."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config, view_defaults

from .billing import apply_coupon, record_event, update_card
from .security import verify_signature


# expect: csrf-disabled
@view_config(route_name="coupon_apply", request_method="POST", renderer="json", require_csrf=False)
def coupon_apply(request):
    code = request.POST.get("code", "")
    return {"applied": apply_coupon(request.user, code)}


@view_config(
    route_name="card_update",
    request_method="POST",
    renderer="templates/card.jinja2",
    # expect: csrf-disabled
    require_csrf=False,
)
def card_update(request):
    update_card(request.user, request.POST["token"])
    return HTTPFound(location=request.route_url("billing"))


@view_config(route_name="card_form", request_method="GET", renderer="templates/card.jinja2")
def card_form(request):
    return {"user": request.user}


@view_config(route_name="plan_change", request_method="POST", renderer="json", require_csrf=True)
def plan_change(request):
    request.user.plan = request.POST["plan"]
    return {"plan": request.user.plan}


@view_defaults(route_name="invoices", renderer="json")
class InvoiceViews:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="GET")
    def list(self):
        return {"invoices": [inv.as_dict() for inv in self.request.user.invoices]}

    # expect: csrf-disabled
    @view_config(request_method="DELETE", require_csrf=False)
    def void(self):
        invoice = self.request.user.invoice(self.request.params["id"])
        invoice.void()
        return {"voided": invoice.id}


@view_config(route_name="provider_event", request_method="POST", renderer="json", require_csrf=True)
def provider_event(request):
    verify_signature(request)
    record_event(request.json_body)
    return {"ok": True}
