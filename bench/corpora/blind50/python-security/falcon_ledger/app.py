"""WSGI app of the ledger service."""
import falcon

from hooks import ContextMiddleware
from resources import (
    EntriesResource,
    EntriesSortedResource,
    ExportResource,
    ExportSafeResource,
    StatementResource,
    StatementSafeResource,
    TotalsResource,
    TotalsSafeResource,
)

app = falcon.App(middleware=[ContextMiddleware()])
app.add_route("/entries", EntriesResource())
app.add_route("/entries/sorted", EntriesSortedResource())
app.add_route("/totals", TotalsResource())
app.add_route("/totals/safe", TotalsSafeResource())
app.add_route("/statement/{account_id}", StatementResource())
app.add_route("/statement-safe/{account_id}", StatementSafeResource())
app.add_route("/export", ExportResource())
app.add_route("/export/safe", ExportSafeResource())
