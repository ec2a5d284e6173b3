import html

from morepath.request import Response

from onegov.org.app import OrgApp
from onegov.org.collections.search import SearchCollection


@OrgApp.path(model=SearchCollection, path="/search", converters={"page": int})
def get_search(app, request, q="", page=0):
    return SearchCollection(app.session, q=q, page=page, lang=request.params.get("lang", "german"))


@OrgApp.json(model=SearchCollection, name="suggest")
def view_suggestions(self, request):
    return self.suggestions()


@OrgApp.view(model=SearchCollection)
def view_search(self, request):
    titles = "".join(f"<li>{html.escape(t)}</li>" for _, t in self.batch())
    return Response(f"<ul>{titles}</ul>", content_type="text/html")
