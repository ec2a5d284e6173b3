"""JSON-RPC routes used by the portal widgets."""
import ast

from odoo import http
from odoo.http import request
from odoo.tools.safe_eval import safe_eval

ALLOWED_FIELDS = {"name", "list_price", "default_code", "website_url"}


class PortalJson(http.Controller):
    @http.route("/portal/products/read", type="json", auth="user")
    def products_read(self, domain="[]", fields=None, limit=20, **kw):
        # expect: code-injection
        parsed = eval(domain)
        fields = [f for f in (fields or ["name"]) if f in ALLOWED_FIELDS]
        return request.env["product.template"].search_read(parsed, fields, limit=min(int(limit), 80))

    @http.route("/portal/products/read-literal", type="json", auth="user")
    def products_read_literal(self, domain="[]", **kw):
        parsed = ast.literal_eval(domain)
        if not isinstance(parsed, list):
            parsed = []
        return request.env["product.template"].search_read(parsed, ["name"], limit=20)

    @http.route("/portal/products/read-sandboxed", type="json", auth="user")
    def products_read_sandboxed(self, domain="[]", **kw):
        parsed = safe_eval(domain, {"uid": request.env.uid})
        return request.env["product.template"].search_read(parsed, ["name"], limit=20)
