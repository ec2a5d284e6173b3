"""Tween that copies a few request values into the WSGI environ for later views."""
import logging

log = logging.getLogger(__name__)


def request_context_tween_factory(handler, registry):
    default_lang = registry.settings.get("pyramid.default_locale_name", "en")

    def request_context_tween(request):
        environ = request.environ
        environ["kotti.came_from"] = request.params.get("came_from", "")
        environ["kotti.search_scope"] = request.GET.get("scope", "")
        environ["kotti.lang"] = request.GET.get("_LOCALE_", default_lang)
        response = handler(request)
        return response

    return request_context_tween
