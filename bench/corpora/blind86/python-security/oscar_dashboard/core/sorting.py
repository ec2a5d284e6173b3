def sort_queryset(queryset, request, allowed_sorts, default=None):
    sort = request.GET.get("sort", None)
    direction = request.GET.get("dir", "asc")
    if sort not in allowed_sorts:
        return queryset.order_by(default) if default else queryset
    if direction == "desc":
        sort = "-" + sort
    return queryset.order_by(sort)
