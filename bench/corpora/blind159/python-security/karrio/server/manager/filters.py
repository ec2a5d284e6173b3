"""Query-param filters for the tracker list."""
import logging

from django.db.models import Q, QuerySet

logger = logging.getLogger(__name__)

STATUSES = {"pending", "in_transit", "delivered", "incident", "unknown"}
ORDERINGS = {"created": "created_at", "-created": "-created_at", "status": "status"}


class TrackerFilters:
    def __init__(self, params, queryset: QuerySet) -> None:
        self.params = params
        self._queryset = queryset

    def queryset(self) -> QuerySet:
        qs = self._queryset
        keyword = self.params.get("keyword")
        if keyword:
            qs = qs.filter(Q(tracking_number__icontains=keyword) | Q(reference__icontains=keyword))
        carrier = self.params.get("carrier_name")
        if carrier:
            # expect: sql-injection
            qs = qs.extra(where=[f"tracking_carrier_name = '{carrier}'"])
        reference = self.params.get("reference")
        if reference:
            qs = qs.extra(where=["reference = %s"], params=[reference])
        wanted = [s for s in self.params.getlist("status") if s in STATUSES]
        if wanted:
            qs = qs.filter(status__in=wanted)
        ordering = ORDERINGS.get(self.params.get("order_by", "-created"), "-created_at")
        return qs.order_by(ordering)

    def raw_count(self, org_id: str) -> int:
        metadata_key = self.params.get("metadata_key", "")
        # expect: sql-injection
        rows = list(self._queryset.model.objects.raw(f"SELECT id FROM tracking WHERE org_id = %s AND metadata ? '{metadata_key}'", [org_id]))
        return len(rows)
