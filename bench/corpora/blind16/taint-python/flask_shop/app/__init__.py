from flask import Flask

app = Flask(__name__)

from . import views_account, views_catalog, views_downloads, views_ops, views_proxy  # noqa: E402,F401
