import logging

import defusedxml.ElementTree as SafeET
import falcon
from lxml import etree

from ..db import fetch_all, fetch_from_table, fetch_params

log = logging.getLogger("gateway.orders")
TABLES = {"orders": "partner_orders", "returns": "partner_returns"}


class OrderImportResource:
    """Partners POST their purchase orders as XML."""

    def on_post(self, req, resp):
        raw = req.bounded_stream.read()
        parser = etree.XMLParser(load_dtd=True, no_network=False)
        try:
            # expect: xxe
            doc = etree.fromstring(raw, parser=parser)
        except etree.XMLSyntaxError as exc:
            raise falcon.HTTPBadRequest(title="invalid XML", description=str(exc))
        lines = [(li.get("sku"), int(li.get("qty", "0"))) for li in doc.iter("line")]
        resp.media = {"partner": req.context.partner, "lines": len(lines)}
        resp.status = falcon.HTTP_202

    def on_put(self, req, resp):
        raw = req.bounded_stream.read()
        doc = SafeET.fromstring(raw)
        lines = [(li.get("sku"), li.get("qty", "0")) for li in doc.iter("line")]
        resp.media = {"partner": req.context.partner, "lines": len(lines)}
        resp.status = falcon.HTTP_202


class OrderListResource:
    def on_get(self, req, resp):
        status = req.context.status_filter
        reference = req.context.reference
        query = "SELECT id, reference, status FROM partner_orders WHERE partner_id = %s"
        if reference:
            query += f" AND reference LIKE '{reference}%'"
        query += " AND status = %s"
        resp.media = fetch_all(query, (req.context.partner, status))

    def on_get_checked(self, req, resp):
        rows = fetch_params(
            "SELECT id, reference, status FROM partner_orders WHERE partner_id = %s AND reference LIKE %s AND status = %s",
            (req.context.partner, req.context.reference + "%", req.context.status_filter),
        )
        resp.media = rows


class PartnerTableResource:
    def on_get(self, req, resp, kind):
        table = TABLES.get(kind)
        if table is None:
            raise falcon.HTTPNotFound()
        resp.media = fetch_from_table(table, req.context.partner)
