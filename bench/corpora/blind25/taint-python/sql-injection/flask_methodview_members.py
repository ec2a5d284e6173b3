"""Member admin API (Flask MethodView + PyMySQL)."""
import pymysql
from flask import Flask, request
from flask.views import MethodView

app = Flask(__name__)


def db():
    return pymysql.connect(host="127.0.0.1", user="library", database="library", cursorclass=pymysql.cursors.DictCursor)


class MemberAPI(MethodView):
    def get(self):
        sort = request.args.get("sort", "name")
        direction = "DESC" if request.args.get("desc") else "ASC"
        with db().cursor() as cur:
            # expect: sql-injection
            cur.execute(f"SELECT id, name FROM members ORDER BY {sort} {direction}")
            return {"members": cur.fetchall()}

    def delete(self):
        member_id = request.json["id"]
        with db().cursor() as cur:
            cur.execute("DELETE FROM members WHERE id = %s", (member_id,))
        return "", 204


app.add_url_rule("/members", view_func=MemberAPI.as_view("members"))
