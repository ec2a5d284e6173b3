"""Billing routes on Flask."""
import logging

from flask import Flask, abort, g, jsonify, request

from service import BillingService, InvoiceQuery

log = logging.getLogger("billing")
app = Flask(__name__)
service = BillingService()


@app.before_request
def identify():
    g.customer = request.headers.get("X-Customer-Id", "")
    if not g.customer:
        abort(401)


@app.get("/invoices")
def invoices():
    query = InvoiceQuery(customer=g.customer, status=request.args.get("status", "open"), extra=dict(request.args.items(multi=False)))
    query.extra.pop("status", None)
    return jsonify([list(r) for r in service.search(query)])


@app.get("/invoices/bound")
def invoices_bound():
    query = InvoiceQuery(customer=g.customer, status=request.args.get("status", "open"))
    return jsonify([list(r) for r in service.search_bound(query)])


@app.post("/invoices/batch")
def invoices_batch():
    ids = (request.get_json(silent=True) or {}).get("ids", [])
    return jsonify([list(r) for r in service.by_ids(ids)])


@app.get("/invoices/summary")
def summary():
    filters = {"customer": g.customer, "status": request.args.get("status", "")}
    opts = {**filters, "status": "paid"}
    query = InvoiceQuery(customer=opts["customer"], status=opts["status"])
    return jsonify(count=len(service.search_bound(query)))
