"""Supplier uploads and form-view introspection for the portal editor."""
from odoo import http
from odoo.http import request

from ..tools.xml_import import field_node, field_node_bound, parse_pricelist, parse_pricelist_legacy


class SupplierImport(http.Controller):
    @http.route("/supplier/pricelist/upload", type="http", auth="user", methods=["POST"], csrf=True)
    def upload_pricelist(self, pricelist=None, legacy="0", **kw):
        if pricelist is None:
            return request.make_json_response({"error": "missing file"}, status=400)
        data = pricelist.read()
        lines = parse_pricelist_legacy(data) if legacy == "1" else parse_pricelist(data)
        return request.make_json_response({"lines": len(lines)})

    @http.route("/portal/editor/field", type="json", auth="user")
    def editor_field(self, view_id, field_name="name", bound=False, **kw):
        view = request.env["ir.ui.view"].browse(int(view_id))
        nodes = field_node_bound(view.arch_db, field_name) if bound else field_node(view.arch_db, field_name)
        return {"found": bool(nodes)}
