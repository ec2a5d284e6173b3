from flask import Flask, g, jsonify, redirect, request

from website import auth, content, programs
from website.auth import current_user, requires_login

app = Flask(__name__)
app.register_blueprint(programs.bp)
app.register_blueprint(auth.bp)

ALLOWED_KEYWORD_LANGS = {"en", "nl", "es", "fr", "ar", "tr"}


@app.before_request
def store_language():
    g.lang = request.args.get("language") or request.cookies.get("lang") or "en"
    kw = request.args.get("keyword_language", "en")
    g.keyword_lang = kw if kw in ALLOWED_KEYWORD_LANGS else "en"


@app.route("/parse", methods=["POST"])
def parse():
    body = request.json
    code = body["code"]
    level = int(body["level"])
    return jsonify(programs.transpile_and_check(code, level, g.keyword_lang))


@app.route("/cheatsheet/<int:level>")
def cheatsheet(level):
    sheet = content.load_cheatsheet(g.lang, level)
    return jsonify(sheet)


@app.route("/adventure/<adventure_id>/preview")
@requires_login
def preview_adventure(adventure_id):
    return content.render_teacher_adventure(adventure_id, current_user()["username"])


@app.route("/logout")
def logout():
    target = request.args.get("redirect", "/")
    auth.forget_current_user()
    # expect: open-redirect
    return redirect(target)
