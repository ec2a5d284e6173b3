"""Search view: local results, then remote connectors."""
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views import View

from .. import book_search
from ..connectors import manager
from .helpers import is_api_request


class Search(View):
    def get(self, request):
        query = request.GET.get("q", "").strip()
        sort = request.GET.get("sort")
        if request.GET.get("safe_sort"):
            results = book_search.search_local_sorted(query, sort)
        else:
            results = book_search.search_local(query, sort)
        remote = manager.search_catalogue(query) if request.GET.get("remote") else []
        if is_api_request(request):
            return JsonResponse({"local": results, "remote": remote}, safe=False)
        return TemplateResponse(request, "search/book.html", {"query": query, "results": results, "remote": remote})
