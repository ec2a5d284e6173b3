import io
import os

from flask import (Flask, abort, make_response, redirect, render_template, render_template_string,
                   request, send_file, send_from_directory, url_for)
from markupsafe import Markup, escape
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
UPLOADS = os.path.join(app.root_path, "uploads")
REPORTS = "/srv/reports"

GREETING = """<h1>Hello {{ name }}</h1><p>{{ message }}</p>"""


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # expect: code-injection
    return render_template_string(f"<h1>Hello {name}</h1>")


@app.route("/hello2")
def hello2():
    return render_template_string(GREETING, name=request.args.get("name", "world"), message="hi")


@app.route("/custom-page", methods=["POST"])
def custom_page():
    tpl = request.form["template"]
    # expect: code-injection
    return render_template_string(tpl, user=request.form.get("user"))


@app.route("/download")
def download():
    path = request.args["path"]
    # expect: path-traversal
    return send_file(path)


@app.route("/uploads/<name>")
def uploaded(name):
    return send_from_directory(UPLOADS, name)


@app.route("/report")
def report():
    name = request.args.get("name", "daily.pdf")
    # expect: path-traversal
    return send_file(os.path.join(REPORTS, name), as_attachment=True)


@app.route("/report-safe")
def report_safe():
    name = secure_filename(request.args.get("name", "daily.pdf"))
    return send_file(os.path.join(REPORTS, name), as_attachment=True)


@app.route("/export.csv")
def export_csv():
    buf = io.BytesIO(b"id,total\n1,9.99\n")
    return send_file(buf, mimetype="text/csv", download_name="export.csv")


@app.route("/login/done")
def login_done():
    # expect: open-redirect
    return redirect(request.args.get("next", "/"))


@app.route("/logout")
def logout():
    return redirect(url_for("hello"))


@app.route("/go")
def go():
    target = request.values.get("url")
    if not target:
        abort(400)
    # expect: open-redirect
    return redirect(target, code=302)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # expect: xss
    return make_response(f"<p>No results for {q}</p>")


@app.route("/search2")
def search2():
    q = request.args.get("q", "")
    return make_response(f"<p>No results for {escape(q)}</p>")


@app.route("/notice")
def notice():
    # expect: xss
    return render_template("notice.html", body=Markup(request.args.get("msg", "")))


@app.route("/")
def index():
    return render_template("index.html", banner=Markup("<b>Welcome</b>"))


if __name__ == "__main__":
    # expect: debug-enabled
    app.run(host="127.0.0.1", port=5000, debug=True)
