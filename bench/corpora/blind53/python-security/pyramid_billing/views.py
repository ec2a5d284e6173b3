"""Billing views in a Pyramid view class."""
import decimal
import logging

import yaml
from markupsafe import Markup, escape
from pyramid.httpexceptions import HTTPBadRequest, HTTPFound
from pyramid.response import Response
from pyramid.view import view_config, view_defaults

from . import invoices, pricing

log = logging.getLogger("billing")


@view_defaults(renderer="json")
class BillingViews:
    def __init__(self, request):
        self.request = request
        self.customer = request.matchdict.get("customer", "")

    @view_config(route_name="invoices")
    def list_invoices(self):
        statuses = self.request.params.getall("status")
        return invoices.invoice_lines(self.customer, statuses)

    @view_config(route_name="invoices_v2")
    def list_invoices_safe(self):
        statuses = self.request.params.getall("status")
        return invoices.invoice_lines_bound(self.customer, statuses)

    @view_config(route_name="quote", request_method="POST")
    def quote(self):
        body = self.request.json_body
        amount = decimal.Decimal(str(body.get("amount", "0")))
        qty = pricing.parse_quantity(str(body.get("qty", "1")))
        formula = body.get("formula")
        if formula:
            amount = pricing.apply_formula(formula, amount)
        amount = pricing.apply_discount(body.get("discount", ""), amount)
        return {"total": str(amount * qty)}

    @view_config(route_name="invoice_html", renderer=None)
    def invoice_html(self):
        note = self.request.params.get("note", "")
        symbol = pricing.currency_symbol(self.request.params.get("currency", "EUR"))
        # expect: xss
        banner = Markup("<p class='note'>" + note + "</p>")
        safe_symbol = Markup("<b>{}</b>").format(symbol)
        return Response(str(banner) + str(safe_symbol) + str(escape(self.customer)))

    @view_config(route_name="settings_import", request_method="POST")
    def settings_import(self):
        raw = self.request.POST.get("settings", "")
        try:
            # expect: deserialization
            settings = yaml.load(raw, Loader=yaml.UnsafeLoader)
        except yaml.YAMLError:
            raise HTTPBadRequest()
        finally:
            log.debug("settings import attempted")
        return {"keys": sorted(settings)}

    @view_config(route_name="settings_import_v2", request_method="POST")
    def settings_import_safe(self):
        raw = self.request.POST.get("settings", "")
        try:
            settings = yaml.safe_load(raw) or {}
        except yaml.YAMLError:
            raise HTTPBadRequest()
        return {"keys": sorted(settings)}

    @view_config(route_name="pay_return")
    def pay_return(self):
        status = self.request.params.get("status", "ok")
        match status:
            case "ok":
                dest = self.request.route_url("invoices", customer=self.customer)
            case "cancel":
                dest = self.request.params.get("cancel_url", "/")
            case _:
                dest = "/"
        # expect: open-redirect
        return HTTPFound(location=dest)

    @view_config(route_name="pay_return_v2")
    def pay_return_safe(self):
        match self.request.params.get("status", "ok"):
            case "ok":
                dest = self.request.route_url("invoices", customer=self.customer)
            case "cancel":
                dest = self.request.route_url("home")
            case _:
                dest = "/"
        return HTTPFound(location=dest)

    @view_config(route_name="plan")
    def choose_plan(self):
        plan = self.request.params.get("plan", "basic")
        # expect: trust-boundary
        self.request.session["plan"] = plan
        self.request.session["customer_seen"] = True
        return {"plan": plan}
