"""Billing service used by the routes."""
import logging
from dataclasses import dataclass, field

from db import STATUS_VALUES, invoices_for, invoices_in, invoices_where

log = logging.getLogger("billing.service")


@dataclass
class InvoiceQuery:
    customer: str
    status: str = "open"
    extra: dict = field(default_factory=dict)

    def clause(self):
        text = f"customer_id = '{self.customer}'"
        if self.status:
            text += f" AND status = '{self.status}'"
        for key, value in self.extra.items():
            text += f" AND {key} = '{value}'"
        return text


class BillingService:
    def __init__(self):
        self.calls = 0

    def search(self, query: InvoiceQuery):
        self.calls += 1
        return invoices_where(query.clause())

    def search_bound(self, query: InvoiceQuery):
        status = query.status if query.status in STATUS_VALUES else "open"
        return invoices_for(query.customer, status)

    def by_ids(self, raw_ids):
        ids = []
        for raw in raw_ids:
            try:
                ids.append(int(raw))
            except (TypeError, ValueError):
                log.warning("skipping bad invoice id")
        return invoices_in(ids)
