"""Member admin API (Flask MethodView + PyMySQL), sort column mapped."""
import pymysql
from flask import Flask, request
from flask.views import MethodView

app = Flask(__name__)
SORTS = {"name": "name", "joined": "joined_at", "id": "id"}


def db():
    return pymysql.connect(host="127.0.0.1", user="library", database="library", cursorclass=pymysql.cursors.DictCursor)


class MemberAPI(MethodView):
    def get(self):
        sort = SORTS.get(request.args.get("sort", "name"), "name")
        direction = "DESC" if request.args.get("desc") else "ASC"
        with db().cursor() as cur:
            cur.execute(f"SELECT id, name FROM members ORDER BY {sort} {direction}")
            return {"members": cur.fetchall()}


app.add_url_rule("/members", view_func=MemberAPI.as_view("members"))
