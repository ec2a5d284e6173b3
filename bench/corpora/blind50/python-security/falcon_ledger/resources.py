"""Resources of the ledger API."""
import html
import json

import falcon

from hooks import require_account
from repo import EntryRepository, connect


class EntriesResource:
    @falcon.before(require_account)
    def on_get(self, req, resp):
        repo = EntryRepository(connect())
        sort = req.get_param("sort", default="date")
        resp.media = repo.search_raw_sort(req.context.account, sort)

    @falcon.before(require_account)
    def on_post(self, req, resp):
        repo = EntryRepository(connect())
        memo = (req.get_media() or {}).get("memo")
        rows = repo.search(req.context.account, memo)
        resp.media = {"rows": rows}


class EntriesSortedResource:
    def on_get(self, req, resp):
        repo = EntryRepository(connect())
        resp.media = repo.search_sorted(req.get_param("account", required=True), req.get_param("sort", default="date"))


class TotalsResource:
    def on_post(self, req, resp):
        body = req.get_media()
        accounts = body.get("accounts", [])
        resp.media = EntryRepository(connect()).totals(accounts)


class TotalsSafeResource:
    def on_post(self, req, resp):
        body = req.get_media()
        accounts = [str(a) for a in body.get("accounts", [])][:100]
        resp.media = EntryRepository(connect()).totals_bound(accounts)


class StatementResource:
    def on_get(self, req, resp, account_id):
        title = req.get_param("title") or "Statement"
        resp.content_type = falcon.MEDIA_HTML
        # expect: xss
        resp.text = "<h1>" + title + "</h1><p>Account " + account_id + "</p>"


class StatementSafeResource:
    def on_get(self, req, resp, account_id):
        title = req.get_param("title") or "Statement"
        resp.content_type = falcon.MEDIA_HTML
        resp.text = "<h1>" + html.escape(title) + "</h1><p>Account " + html.escape(account_id) + "</p>"


class ExportResource:
    def on_get(self, req, resp):
        fname = req.get_param("filename", default="ledger.csv")
        # expect: header-injection
        resp.set_header("Content-Disposition", f"attachment; filename={fname}")
        resp.text = json.dumps({"client": req.context.client})


class ExportSafeResource:
    def on_get(self, req, resp):
        resp.set_header("Content-Disposition", "attachment; filename=ledger.csv")
        resp.text = json.dumps({"client": req.context.client})
