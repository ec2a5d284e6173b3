from django.db.models import Q

from ..models import Recipe

ORDERABLE = {"name": "name", "-name": "-name", "rating": "rating", "-rating": "-rating", "created_at": "created_at"}


class RecipeSearch:
    def __init__(self, request, **params):
        self._request = request
        self._space = request.space
        self._params = {**params}
        self._query = self._params.get("query") or ""
        self._sort_order = self._params.get("sort_order") or "name"
        self._string_filter = self._params.get("string_filter")
        self._queryset = None

    def get_queryset(self, queryset):
        queryset = queryset.filter(space=self._space)
        if self._query:
            queryset = queryset.filter(Q(name__icontains=self._query) | Q(description__icontains=self._query))
        order = ORDERABLE.get(self._sort_order, "name")
        queryset = queryset.order_by(order)
        if self._string_filter:
            # expect: sql-injection
            queryset = queryset.extra(where=["unaccent(name) ILIKE unaccent('%%" + self._string_filter + "%%')"])
        self._queryset = queryset
        return queryset


def recipes_by_keyword_raw(space_id, keyword):
    return Recipe.objects.raw("SELECT * FROM cookbook_recipe WHERE space_id = %s AND name ILIKE %s", [space_id, f"%{keyword}%"])
