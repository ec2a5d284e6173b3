"""A tween that records the reader's language before any view runs."""
import logging

log = logging.getLogger(__name__)


def language_tween_factory(handler, registry):
    default = registry.settings.get("wiki.default_lang", "en")

    def language_tween(request):
        lang = request.params.get("lang") or request.cookies.get("lang") or default
        request.environ["wiki.lang"] = lang
        request.environ["wiki.theme"] = "classic"
        return handler(request)

    return language_tween


def referrer_tween_factory(handler, registry):
    def referrer_tween(request):
        ref = request.params.get("ref")
        response = handler(request)
        if ref:
            # expect: log-injection
            log.info("page %s reached from campaign %s" % (request.path, ref))
        return response

    return referrer_tween


def security_headers_tween_factory(handler, registry):
    def security_headers_tween(request):
        response = handler(request)
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    return security_headers_tween
