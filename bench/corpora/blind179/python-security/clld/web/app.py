"""Pyramid configuration shared by all clld apps (routes, views, adapters)."""
from pyramid.config import Configurator
from pyramid.httpexceptions import HTTPFound
from pyramid.response import Response

from clld.web.views import download_file, download_dataset, robots, legacy_redirect
from clld.web.views.olac import olac
from clld.web.datatables.base import datatable_view


def menu_item(route_name, ctx, req, label=None):
    """Tuple used by the navbar template: (url, label)."""
    return req.route_url(route_name), label or route_name.capitalize()


def add_routes(config: Configurator) -> None:
    config.add_route("dataset", "/")
    config.add_route("download", "/download/{fname:.+}")
    config.add_route("dataset_download", "/dataset-download/{fmt}")
    config.add_route("olac", "/olac")
    config.add_route("datatable", "/{model}.datatable")
    config.add_route("legacy", "/legacy/{path:.*}")
    config.add_route("robots", "/robots.txt")


def add_views(config: Configurator) -> None:
    config.add_view(download_file, route_name="download")
    config.add_view(download_dataset, route_name="dataset_download")
    config.add_view(olac, route_name="olac")
    config.add_view(datatable_view, route_name="datatable", renderer="json")
    config.add_view(legacy_redirect, route_name="legacy")
    config.add_view(robots, route_name="robots")


def includeme(config: Configurator) -> None:
    """config.include('clld.web.app') from an app's main()."""
    settings = config.get_settings()
    settings.setdefault("clld.downloads_dir", "downloads")
    settings.setdefault("clld.legacy_base", "")
    config.add_static_view("static", "clld:web/static", cache_max_age=3600)
    add_routes(config)
    add_views(config)
    config.add_request_method(lambda req: req.registry.settings["clld.downloads_dir"],
                              "downloads_dir", reify=True)


def main(global_config, **settings):
    """Pyramid WSGI application for a single clld app."""
    config = Configurator(settings=settings)
    config.include("pyramid_mako")
    config.include(includeme)
    return config.make_wsgi_app()
