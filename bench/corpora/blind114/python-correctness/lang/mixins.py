"""Export mixins for the admin list views."""
import csv
import io
import json


class CsvExportMixin:
    def render(self, rows):
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerows(rows)
        return buf.getvalue()

    def content_type(self):
        return "text/csv"


class JsonExportMixin:
    def render(self, rows):
        return json.dumps(rows)

    def content_type(self):
        return "application/json"


class PagingMixin:
    page_size = 50

    def paginate(self, rows, page):
        start = page * self.page_size
        return rows[start:start + self.page_size]


class BaseExport:
    def rows(self):
        return []


# expect: base-method-conflict
class OrdersExport(CsvExportMixin, JsonExportMixin, BaseExport):
    filename = "orders"


# expect: base-method-conflict
class AuditExport(PagingMixin, JsonExportMixin, CsvExportMixin):
    filename = "audit"


# expect: base-method-conflict
class InvoiceExport(BaseExport, CsvExportMixin, JsonExportMixin):
    filename = "invoices"


class CustomersExport(PagingMixin, CsvExportMixin, BaseExport):
    filename = "customers"


class DualExport(CsvExportMixin, JsonExportMixin):
    """Chooses the format explicitly instead of relying on the MRO."""

    def __init__(self, fmt):
        self.fmt = fmt

    def render(self, rows):
        if self.fmt == "json":
            return JsonExportMixin.render(self, rows)
        return CsvExportMixin.render(self, rows)

    def content_type(self):
        return "application/json" if self.fmt == "json" else "text/csv"
