"""A small Git and file-preview extension for a Jupyter server."""
from jupyterlab_gitlite.handlers import setup_handlers
from jupyterlab_gitlite.git import Git


def _jupyter_server_extension_points():
    return [{"module": "jupyterlab_gitlite"}]


def _load_jupyter_server_extension(server_app):
    root_dir = server_app.root_dir
    server_app.web_app.settings["gitlite"] = Git(root_dir)
    setup_handlers(server_app.web_app)
    server_app.log.info("Registered gitlite extension at root %s", root_dir)
