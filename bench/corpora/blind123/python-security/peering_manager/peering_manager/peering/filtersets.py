"""Filter sets of the peering app."""
import django_filters
from django.db.models import Q

from .models import AutonomousSystem


class AutonomousSystemFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search")
    irr = django_filters.CharFilter(method="search_irr")

    class Meta:
        model = AutonomousSystem
        fields = ["asn", "name"]

    def search(self, queryset, name, value):
        if not value.strip():
            return queryset
        qs_filter = Q(name__icontains=value) | Q(irr_as_set__icontains=value)
        if value.isdigit():
            qs_filter |= Q(asn=int(value))
        return queryset.filter(qs_filter)

    def search_irr(self, queryset, name, value):
        # expect: sql-injection
        return queryset.extra(where=[f"irr_as_set ILIKE '%%{value}%%'"])
