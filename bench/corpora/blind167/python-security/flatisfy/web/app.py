# coding: utf-8
"""
This module contains the definition of the Bottle web app.
"""
import functools
import os

import bottle

from flatisfy import database
from flatisfy.web.dbplugin import DatabasePlugin
from flatisfy.web.routes import api as api_routes
from flatisfy.web.routes import pages as page_routes


def _serve_static_file(filename):
    """Serve a file of the bundled frontend."""
    return bottle.static_file(
        filename,
        root=os.path.join(os.path.dirname(os.path.realpath(__file__)), "static"),
    )


def get_app(config):
    """Get a Bottle app instance with all the routes set-up."""
    get_session = database.init_db(config["database"], config["search_index"])

    app = bottle.Bottle()
    app.install(DatabasePlugin(get_session))
    app.config.setdefault("flatisfy", config)

    app.route("/api/v1", ["GET"], api_routes.index_v1)
    app.route("/api/v1/flats", ["GET"], functools.partial(api_routes.flats_v1, config))
    app.route("/api/v1/flats/<flat_id:path>", ["GET"], functools.partial(api_routes.flat_v1, config))
    app.route("/api/v1/flats/<flat_id:path>", ["PATCH"], api_routes.update_flat_v1)
    app.route("/api/v1/search", ["POST"], functools.partial(api_routes.search_v1, config))
    app.route("/api/v1/flats/<flat_id:path>/photos", ["POST"], functools.partial(api_routes.add_photo_v1, config))

    app.route("/data/img/<filename:path>", "GET", functools.partial(api_routes.img_v1, config))
    app.route("/data/thumbs/<filename:path>", "GET", functools.partial(api_routes.thumb_v1, config))

    app.route("/flat/<flat_id:path>/print", "GET", page_routes.print_flat)
    app.route("/flat/<flat_id:path>/card", "GET", page_routes.flat_card)

    app.route("/", "GET", lambda: _serve_static_file("index.html"))
    app.route("/static/<filename:path>", "GET", _serve_static_file)
    return app
