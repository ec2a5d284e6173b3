"""View mixins for the reporting app."""
import csv
import io
import json
import logging

log = logging.getLogger(__name__)


class CsvExportMixin:
    def render(self, rows):
        buf = io.StringIO()
        writer = csv.writer(buf)
        for row in rows:
            writer.writerow(row)
        return buf.getvalue()

    def content_type(self):
        return "text/csv"


class JsonExportMixin:
    def render(self, rows):
        return json.dumps(list(rows))

    def content_type(self):
        return "application/json"


class AuditMixin:
    def audit(self, user, action):
        log.info("audit: %s %s", user, action)


class BaseReport:
    def rows(self):
        return []

    def export(self):
        return self.render(self.rows())


# expect: base-method-override
class SalesReport(BaseReport, CsvExportMixin, JsonExportMixin):
    def rows(self):
        return [("region", "total"), ("north", 10), ("south", 12)]


class StockReport(BaseReport, AuditMixin, CsvExportMixin):
    def rows(self):
        return [("sku", "qty")]


class ApiReport(CsvExportMixin, JsonExportMixin):
    def render(self, rows):
        return JsonExportMixin.render(self, rows)

    def content_type(self):
        return "application/json"


# expect: base-method-override
class ReturnsReport(JsonExportMixin, CsvExportMixin, AuditMixin):
    pass


# expect: base-method-override
class FullExport(AuditMixin, JsonExportMixin, BaseReport, CsvExportMixin):
    def rows(self):
        return [("all", 1)]
