"""Flask front end for the text-to-SQL assistant."""
import html
import logging
import os
from functools import wraps

import requests
from flask import Flask, Response, jsonify, request, send_file, send_from_directory

from .cache import MemoryCache
from .base import VannaBase

logger = logging.getLogger(__name__)

EXPORT_DIR = os.environ.get("VANNA_EXPORT_DIR", "/var/lib/vanna/exports")
LOGO_URL = "https://vanna.ai/img/vanna.svg"


class VannaFlaskApp:
    def __init__(self, vn: VannaBase, cache=None):
        self.vn = vn
        self.cache = cache or MemoryCache()
        self.flask_app = Flask(__name__)
        self._register()

    def requires_cache(self, fields):
        def decorator(f):
            @wraps(f)
            def decorated(*args, **kwargs):
                id = request.args.get("id")
                if id is None or self.cache.get(id, "question") is None:
                    return jsonify({"type": "error", "error": "No id provided"})
                values = {field: self.cache.get(id, field) for field in fields}
                return f(*args, id=id, **values, **kwargs)
            return decorated
        return decorator

    def _register(self):
        app = self.flask_app

        @app.route("/api/v0/generate_sql")
        def generate_sql():
            question = request.args.get("question", "")
            id = self.cache.generate_id(question=question)
            self.cache.set(id, "question", question)
            self.cache.set(id, "sql", self.vn.generate_sql(question=question))
            return jsonify({"type": "sql", "id": id, "text": self.cache.get(id, "sql")})

        @app.route("/api/v0/update_plotly_code", methods=["POST"])
        def update_plotly_code():
            data = request.get_json()
            self.cache.set(data["id"], "plotly_code", data["plotly_code"])
            return jsonify({"type": "ok"})

        @app.route("/api/v0/generate_plotly_figure")
        @self.requires_cache(["df", "question", "plotly_code"])
        def generate_plotly_figure(id, df, question, plotly_code):
            fig = self.vn.get_plotly_figure(plotly_code=plotly_code, df=df)
            return jsonify({"type": "plotly_figure", "id": id, "fig": fig.to_json()})

        @app.route("/api/v0/table_preview")
        def table_preview():
            table = request.args.get("table", "")
            if request.args.get("checked") == "1":
                df = self.vn.preview_known_table(table)
            else:
                df = self.vn.preview_table(table)
            return jsonify({"df": df.head(10).to_json(orient="records")})

        @app.route("/api/v0/question_page")
        @self.requires_cache(["question", "sql"])
        def question_page(id, question, sql):
            # expect: xss
            return Response(f"<h2>{question}</h2><pre>{html.escape(sql)}</pre>", mimetype="text/html")

        @app.route("/api/v0/download_csv")
        def download_csv():
            filename = request.args.get("filename", "export")
            # expect: path-traversal
            return send_file(os.path.join(EXPORT_DIR, filename + ".csv"), as_attachment=True)

        @app.route("/api/v0/download_csv_safe")
        def download_csv_safe():
            filename = request.args.get("filename", "export")
            return send_from_directory(EXPORT_DIR, filename + ".csv", as_attachment=True)

        @app.route("/vanna.svg")
        def proxy_vanna_svg():
            remote = requests.get(LOGO_URL, timeout=10)
            return Response(remote.content, mimetype="image/svg+xml")
