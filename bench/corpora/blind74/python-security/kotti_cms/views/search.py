"""Search results page."""
from pyramid.view import view_config, view_defaults

from ..resources import Node
from ..resources.search import search_content, search_content_bound


class BaseView:
    """Assigns context and request; view classes inherit it."""

    def __init__(self, context, request):
        self.context = context
        self.request = request


@view_defaults(context=Node, permission="view")
class SearchView(BaseView):
    @property
    def search_term(self):
        return self.request.params.get("search-term", "").strip()

    @view_config(name="search-results", renderer="kotti_cms:templates/search-results.pt")
    def search_results(self):
        scope = self.request.environ.get("kotti.search_scope", "")
        results = []
        if self.search_term:
            results = search_content(self.search_term, scope)
        return {"results": results, "search_term": self.search_term}

    @view_config(name="search-results-bound", renderer="kotti_cms:templates/search-results.pt")
    def search_results_bound(self):
        scope = self.request.environ.get("kotti.search_scope", "all")
        results = search_content_bound(self.search_term, scope) if self.search_term else []
        return {"results": results, "search_term": self.search_term}
