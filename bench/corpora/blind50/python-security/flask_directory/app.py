"""Staff directory on Flask."""
import os

from flask import Flask, jsonify, make_response, redirect, render_template_string, request, url_for
from markupsafe import Markup, escape

from catalog import RoomCatalog
from mongo_repo import find_by_name_prefix, find_by_team, find_people, find_with_where

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["DIRECTORY_SECRET_KEY"]

CARD = "<div class='card'><h3>{{ name }}</h3><p>{{ title }}</p></div>"


@app.post("/people/search")
def search_people():
    criteria = request.get_json(force=True)
    return jsonify(find_people(criteria))


@app.get("/people/team")
def people_in_team():
    return jsonify(find_by_team(request.args.get("team", "")))


@app.get("/people/prefix")
def people_prefix():
    return jsonify(find_by_name_prefix(request.args.get("p", "")))


@app.get("/people/where")
def people_where():
    expr = request.args.get("expr", "true")
    return jsonify(find_with_where(expr))


@app.get("/rooms/<building>")
def rooms(building):
    return jsonify(RoomCatalog().in_building(building).rooms())


@app.get("/rooms-safe/<building>")
def rooms_safe(building):
    catalog = RoomCatalog().in_building(building)
    return jsonify(rooms=catalog.rooms_bound(), floors=catalog.floors())


@app.get("/card")
def card():
    name = request.args.get("name", "")
    title = request.args.get("title", "")
    return render_template_string(CARD, name=name, title=title)


@app.get("/card-custom")
def card_custom():
    layout = request.args.get("layout", CARD)
    # expect: template-injection
    return render_template_string(layout, name="Ada", title="Engineer")


@app.get("/badge")
def badge():
    label = request.args.get("label", "staff")
    # expect: xss
    html = Markup("<span class='badge'>" + label + "</span>")
    return str(html)


@app.get("/badge-escaped")
def badge_escaped():
    label = request.args.get("label", "staff")
    html = Markup("<span class='badge'>{}</span>").format(label)
    return str(html)


@app.get("/badge-manual")
def badge_manual():
    label = request.args.get("label", "staff")
    return "<span class='badge'>" + str(escape(label)) + "</span>"


@app.get("/vcard/<int:person_id>")
def vcard(person_id):
    filename = request.args.get("filename", f"person-{person_id}.vcf")
    resp = make_response("BEGIN:VCARD\nEND:VCARD\n")
    # expect: header-injection
    resp.headers["Content-Disposition"] = "attachment; filename=" + filename
    resp.headers["Content-Type"] = "text/vcard"
    return resp


@app.get("/vcard-fixed/<int:person_id>")
def vcard_fixed(person_id):
    resp = make_response("BEGIN:VCARD\nEND:VCARD\n")
    resp.headers["Content-Disposition"] = f"attachment; filename=person-{person_id}.vcf"
    return resp


@app.get("/login/done")
def login_done():
    nxt = request.args.get("next", "")
    if nxt not in ("people_in_team", "people_prefix", "card"):
        nxt = "card"
    return redirect(url_for(nxt))
