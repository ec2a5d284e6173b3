import ast

from flask import Blueprint, jsonify, request
from markupsafe import Markup, escape

from .auth import current_user, requires_login, requires_teacher
from .database import Database

bp = Blueprint("programs", __name__)
DB = Database()


def transpile_and_check(code, level, keyword_lang):
    lines = code.splitlines()
    if level < 6:
        return {"Code": "\n".join("print(%r)" % line for line in lines), "has_turtle": False}
    literal_values = []
    for line in lines:
        if line.startswith("is "):
            literal_values.append(ast.literal_eval(line[3:]))
    return {"Code": code, "values": literal_values}


@bp.route("/programs/filter")
@requires_login
def filter_programs():
    adventure = request.args.get("adventure", "")
    level = request.args.get("level", "")
    rows = DB.filtered_programs(current_user()["username"], adventure, level)
    return jsonify(rows)


@bp.route("/programs/<program_id>/name", methods=["POST"])
@requires_login
def rename(program_id):
    name = request.form.get("name", "")
    DB.rename_program(program_id, name)
    return Markup("<span class='program-name'>%s</span>") % escape(name)


@bp.route("/for-teachers/customize-adventure", methods=["POST"])
@requires_teacher
def save_adventure():
    body = request.json
    DB.update_adventure(body["id"], body["name"], body["content"])
    return jsonify({"success": True})


@bp.route("/calculate", methods=["POST"])
def calculate_level_answer():
    expression = request.form.get("expr", "0")
    # expect: code-injection
    result = eval(expression, {"__builtins__": {}})
    return jsonify({"answer": result})
