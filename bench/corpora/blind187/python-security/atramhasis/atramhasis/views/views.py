"""Public HTML views: home, locale switch, concept search and label search."""
from urllib.parse import urlparse

from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.view import view_config

from atramhasis import available_languages
from atramhasis.data.datamanagers import ConceptSchemeManager, LabelManager


class AtramhasisView:
    def __init__(self, request):
        self.request = request
        self.skos_registry = request.skos_registry

    @view_config(route_name="home", renderer="atramhasis:templates/atramhasis.jinja2")
    def home_view(self):
        return {"conceptschemes": [p.concept_scheme for p in self.skos_registry.get_providers()]}

    @view_config(route_name="locale")
    def set_locale_cookie(self):
        settings = self.request.registry.settings
        language = self.request.GET.get("language", "en")
        if language not in available_languages(settings):
            language = "en"
        referer = self.request.referer
        if referer and urlparse(referer).netloc == self.request.host:
            response = HTTPFound(location=referer)
        else:
            response = HTTPFound(location=self.request.route_url("home"))
        response.set_cookie("_LOCALE_", value=language, max_age=31536000)
        return response

    @view_config(route_name="search_result", renderer="atramhasis:templates/search_result.jinja2")
    def search_result(self):
        scheme_id = self.request.matchdict["scheme_id"]
        provider = self.skos_registry.get_provider(scheme_id)
        if not provider:
            raise HTTPNotFound()
        label = self.request.params.get("label")
        concepts = provider.find({"label": label}) if label else provider.get_all()
        return {"concepts": concepts, "scheme_id": scheme_id}

    @view_config(route_name="label_search", renderer="json")
    def label_search(self):
        scheme_id = self.request.matchdict["scheme_id"]
        prefix = self.request.params.get("prefix", "")
        language = self.request.params.get("lang", "nl")
        manager = LabelManager(self.request.db)
        return [{"id": r.concept_id, "label": r.label} for r in manager.labels_starting_with(scheme_id, prefix, language)]

    @view_config(route_name="conceptscheme", renderer="atramhasis:templates/conceptscheme.jinja2")
    def conceptscheme_view(self):
        scheme_id = self.request.matchdict["scheme_id"]
        manager = ConceptSchemeManager(self.request.db)
        scheme = manager.get_by_external_id(scheme_id)
        if scheme is None:
            raise HTTPNotFound()
        return {"conceptscheme": scheme}

    @view_config(route_name="admin", permission="edit")
    def admin_view(self):
        came_from = self.request.params.get("came_from")
        if came_from:
            # expect: open-redirect
            return HTTPFound(location=came_from)
        return HTTPFound(location=self.request.route_url("conceptschemes"))
