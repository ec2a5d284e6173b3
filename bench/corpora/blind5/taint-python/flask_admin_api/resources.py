import os
import shlex
import subprocess
from functools import wraps

from flask import Flask, abort, current_app, jsonify, make_response, request
from flask.views import MethodView
from flask_restful import Api, Resource, reqparse
from sqlalchemy import text

from .extensions import db

app = Flask(__name__)
api = Api(app)
BACKUP_DIR = "/var/backups/app"
TABLES = {"users", "orders", "invoices"}


def admin_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not request.headers.get("X-Admin-Token") == current_app.config["ADMIN_TOKEN"]:
            abort(403)
        return view(*args, **kwargs)
    return wrapper


class DumpJob:
    def __init__(self, table, dest):
        self.table = table
        self.dest = dest

    def command(self):
        return "pg_dump -t %s -f %s app" % (self.table, self.dest)


class TableDump(Resource):
    method_decorators = [admin_only]

    def post(self):
        parser = reqparse.RequestParser()
        parser.add_argument("table", required=True)
        args = parser.parse_args()
        job = DumpJob(args["table"], os.path.join(BACKUP_DIR, "dump.sql"))
        # expect: command-injection
        subprocess.run(job.command(), shell=True, check=True)
        return {"ok": True}


class TableDumpSafe(Resource):
    method_decorators = [admin_only]

    def post(self):
        table = request.get_json()["table"]
        if table not in TABLES:
            abort(400)
        job = DumpJob(table, os.path.join(BACKUP_DIR, "dump.sql"))
        subprocess.run(job.command(), shell=True, check=True)
        return {"ok": True}


class RowCount(Resource):
    def get(self, table):
        # expect: sql-injection
        n = db.session.execute(text("SELECT count(*) FROM %s" % table)).scalar()
        return {"table": table, "rows": n}


class RowCountSafe(Resource):
    def get(self, table):
        if table in TABLES:
            n = db.session.execute(text("SELECT count(*) FROM %s" % table)).scalar()
            return {"table": table, "rows": n}
        abort(404)


class UserSearch(MethodView):
    decorators = [admin_only]

    def get(self):
        filters = {"email": request.args.get("email", ""), "role": request.args.get("role", "user")}
        where = " AND ".join(f"{k} = '{v}'" for k, v in filters.items())
        # expect: sql-injection
        rows = db.session.execute(text("SELECT id, email FROM users WHERE " + where)).all()
        return jsonify([dict(r._mapping) for r in rows])


class UserSearchSafe(MethodView):
    decorators = [admin_only]

    def get(self):
        params = {"email": request.args.get("email", ""), "role": request.args.get("role", "user")}
        rows = db.session.execute(text("SELECT id, email FROM users WHERE email = :email AND role = :role"), params).all()
        return jsonify([dict(r._mapping) for r in rows])


@app.route("/admin/grep")
@admin_only
def grep_logs():
    pattern = request.args.get("pattern", "")
    cmd = "grep -c %s /var/log/app/*.log" % shlex.quote(pattern)
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout
    return jsonify(counts=out.splitlines())


@app.route("/admin/banner")
@admin_only
def banner():
    msg = request.args.get("msg", "")
    # expect: xss
    resp = make_response("<div class='banner'>" + msg + "</div>")
    resp.headers["Content-Type"] = "text/html"
    return resp


@app.route("/admin/eval-flag")
@admin_only
def eval_flag():
    expr = request.args.get("expr", "False")
    # expect: code-injection
    enabled = eval(expr, {"user": request.args.get("user")})
    return jsonify(enabled=bool(enabled))


@app.route("/admin/literal-flag")
@admin_only
def literal_flag():
    import ast
    value = ast.literal_eval(request.args.get("expr", "False"))
    return jsonify(enabled=bool(value))


api.add_resource(TableDump, "/admin/dump")
api.add_resource(TableDumpSafe, "/admin/dump-safe")
api.add_resource(RowCount, "/admin/rows/<string:table>")
api.add_resource(RowCountSafe, "/admin/rows-safe/<string:table>")
app.add_url_rule("/admin/users", view_func=UserSearch.as_view("users"))
app.add_url_rule("/admin/users-safe", view_func=UserSearchSafe.as_view("users_safe"))
