import os

import requests
from markupsafe import Markup
from sqlalchemy import text

EXPORT_DIR = "/var/lib/ihatemoney/exports"
DEFAULT_RATES_URL = "https://api.exchangerate.host/latest?base=USD"


def bill_link(bill):
    if not bill["external_link"]:
        return Markup("{}").format(bill["what"])
    return Markup('<a href="{}" rel="noopener">{}</a>').format(bill["external_link"], bill["what"])


def bill_link_legacy(bill):
    # expect: xss
    return Markup('<a href="%s" rel="noopener">%s</a>' % (bill["external_link"], bill["what"]))


def export_path(name):
    return os.path.join(EXPORT_DIR, name)


class CurrencyConverter:
    def __init__(self, rates_url=None):
        self.api_url = rates_url or DEFAULT_RATES_URL

    def get_rates(self):
        # expect: ssrf
        return requests.get(self.api_url, timeout=10).json().get("rates", {})

    def get_default_rates(self):
        return requests.get(DEFAULT_RATES_URL, timeout=10).json().get("rates", {})


def balance_rows(session, project_id):
    # expect: sql-injection
    return session.execute(text(f"SELECT payer_id, sum(amount) FROM bill WHERE project_id = '{project_id}' GROUP BY payer_id")).fetchall()


def balance_rows_bound(session, project_id):
    return session.execute(text("SELECT payer_id, sum(amount) FROM bill WHERE project_id = :pid GROUP BY payer_id"), {"pid": project_id}).fetchall()
