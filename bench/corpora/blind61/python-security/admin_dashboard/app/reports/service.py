"""Report building: turns filter choices into repository calls and rows for templates."""
from dataclasses import dataclass, field

from .repository import ReportRepository

GROUPABLE = ("region", "channel", "product_line")


@dataclass
class ReportFilter:
    region: str = ""
    sort: str = "revenue"
    group_by: str = "region"
    days: int = 30
    tags: list = field(default_factory=list)


class ReportService:
    def __init__(self, repository=None):
        self.repository = repository or ReportRepository()

    def top_customers(self, flt: ReportFilter, limit=100):
        rows = self.repository.revenue_by_customer(flt.region, flt.sort, limit)
        return [dict(r) for r in rows]

    def grouped_revenue(self, flt: ReportFilter):
        return self.repository.revenue_grouped(flt.group_by, flt.days)

    def grouped_revenue_checked(self, flt: ReportFilter):
        group = flt.group_by if flt.group_by in GROUPABLE else "region"
        return self.repository.revenue_grouped(group, flt.days)

    def region_orders(self, region):
        return self.repository.orders_for_region(region)

    def known_region_orders(self, region):
        return self.repository.orders_for_known_region(region)
