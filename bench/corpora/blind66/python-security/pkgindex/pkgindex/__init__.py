"""pkgindex: a small package index (Pyramid), configured with includes and a tween."""
import logging

from pyramid.config import Configurator

logger = logging.getLogger("pkgindex")


def client_info_tween_factory(handler, registry):
    def client_info_tween(request):
        request.environ["pkgindex.client"] = request.headers.get("X-Client-Name", "unknown")
        request.environ["pkgindex.client_version"] = request.headers.get("X-Client-Version", "")
        response = handler(request)
        if response.status_code >= 500:
            logger.warning("Server error on %s", request.matched_route.name if request.matched_route else "-")
        return response

    return client_info_tween


def includeme(config):
    config.add_route("index", "/")
    config.add_route("search", "/search/")
    config.add_route("packages.file", "/packages/{path:.*}")
    config.add_route("packages.sdist", "/sdist/{project}/{filename}")
    config.add_route("accounts.login", "/account/login/")
    config.add_route("mirror.fetch", "/mirror/fetch")
    config.add_route("project.json", "/pypi/{name}/json")


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.include(".")
    config.include("pyramid_jinja2")
    config.include(".packaging.services")
    config.add_tween("pkgindex.client_info_tween_factory")
    config.scan(".views")
    return config.make_wsgi_app()
