"""Page rendering for the members area."""
import jinja2
from flask import Flask, render_template, request
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape

app = Flask(__name__)

# expect: flask-autoescape-disabled
app.jinja_env.autoescape = False

mail_env = Environment(
    loader=PackageLoader("members", "mail_templates"),
    autoescape=select_autoescape(["html", "xml"]),
)

# expect: jinja-autoescape-off
report_env = Environment(loader=FileSystemLoader("reports/templates"), autoescape=False)

# expect: jinja-default-no-autoescape
export_env = jinja2.Environment(loader=jinja2.FileSystemLoader("exports"))

text_env = Environment(loader=FileSystemLoader("plain"), autoescape=True)


@app.route("/members/<int:member_id>")
def member_page(member_id):
    return render_template("member.html", member_id=member_id, tab=request.args.get("tab", "overview"))


@app.route("/members/<int:member_id>/card")
def member_card(member_id):
    nickname = request.args.get("nickname", "")
    # expect: flask-template-unescaped-extension
    return render_template("card.jinja2", member_id=member_id, nickname=nickname)


@app.route("/members/export")
def export():
    return render_template("export.html", rows=[])


def render_report(rows):
    return report_env.get_template("weekly.html").render(rows=rows)


def render_welcome(member):
    return mail_env.get_template("welcome.html").render(member=member)
