# -*- coding: utf-8 -*-
"""Routes and views of the PyShop Pyramid application."""

from pyramid.static import static_view


def includeme(config):
    settings = config.registry.settings
    config.add_static_view("static", "pyshop:static", cache_max_age=3600)

    config.add_route("index", "/")
    config.add_view("pyshop.views.package.List", route_name="index",
                    renderer="pyshop/package/list.html", permission="download_releasefile")

    config.add_route("list_classifier", "/pyshop/classifier")
    config.add_view("pyshop.views.package.Classifiers", route_name="list_classifier",
                    renderer="pyshop/package/list.html", permission="download_releasefile")

    config.add_route("show_package", "/pyshop/package/{package_name}")
    config.add_route("show_release_version", "/pyshop/package/{package_name}/{release_version}")
    for route in ("show_package", "show_release_version"):
        config.add_view("pyshop.views.package.Show", route_name=route,
                        renderer="pyshop/package/show.html", permission="download_releasefile")

    config.add_route("list_simple", "/simple/", request_method="GET")
    config.add_view("pyshop.views.simple.List", route_name="list_simple",
                    renderer="pyshop/simple/list.html", permission="download_releasefile")

    config.add_route("upload_releasefile", "/simple/", request_method="POST")
    config.add_view("pyshop.views.simple.UploadReleaseFile", route_name="upload_releasefile",
                    renderer="pyshop/simple/create.html", permission="upload_releasefile")

    config.add_route("show_simple", "/simple/{package_name}/")
    config.add_view("pyshop.views.simple.Show", route_name="show_simple",
                    renderer="pyshop/simple/show.html", permission="download_releasefile")

    config.add_route("repository", "/repository/{file_id:\\d+}/{filename}")
    config.add_view("pyshop.views.simple.get_release_file", route_name="repository",
                    renderer="repository", permission="download_releasefile")

    repository = static_view(settings["pyshop.repository"], use_subpath=True)
    config.add_route("repository_static", "/files/*subpath")
    config.add_view(repository, route_name="repository_static", permission="download_releasefile")
