"""Filter backends shared by the project viewsets."""
import logging

from rest_framework.filters import BaseFilterBackend

logger = logging.getLogger(__name__)


class OrderByFilterMixin:
    order_by_query_param = "order_by"

    def filter_queryset(self, request, queryset, view):
        queryset = super().filter_queryset(request, queryset, view)
        order_by = request.query_params.get(self.order_by_query_param)
        if not order_by:
            return queryset
        field = order_by[1:] if order_by.startswith("-") else order_by
        if field in getattr(view, "order_by_fields", ()):
            return queryset.order_by(order_by)
        return queryset


class BaseRelatedFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        return queryset


class CanViewProjectFilter(OrderByFilterMixin, BaseRelatedFilter):
    def filter_queryset(self, request, queryset, view):
        queryset = super().filter_queryset(request, queryset, view)
        project_id = request.query_params.get("project")
        if project_id is None:
            return queryset
        try:
            project_id = int(project_id)
        except ValueError:
            return queryset.none()
        return queryset.filter(project_id=project_id)


class TagsFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        tags = [t for t in request.query_params.get("tags", "").split(",") if t]
        for tag in tags:
            queryset = queryset.extra(where=["tags @> ARRAY[%s]::text[]"], params=[tag])
        return queryset


class StatusesFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        statuses = request.query_params.get("status", "")
        if not statuses:
            return queryset
        logger.debug("filtering on statuses")
        # expect: sql-injection
        return queryset.extra(where=[f"status_id IN ({statuses})"])


class AssignedToFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        raw = request.query_params.get("assigned_to", "")
        ids = []
        for part in raw.split(","):
            if part.isdigit():
                ids.append(part)
        if not ids:
            return queryset
        return queryset.extra(where=[f"assigned_to_id IN ({','.join(ids)})"])
