from urllib.parse import urlsplit

from flask import abort, g as flaskg, redirect, request, url_for

from moin2_wiki.apps.frontend import frontend
from moin2_wiki.converters.docbook_in import DocBookInConverter
from moin2_wiki.macros.arguments import parse_macro_args, parse_macro_args_literal
from moin2_wiki.storage.index import NameIndex


def is_safe_url(target):
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and "\\" not in target


@frontend.route("/+get/<path:item_name>")
def get_item(item_name):
    rev = request.values.get("rev", "CURRENT")
    if rev == "CURRENT" and flaskg.namespace_raw == flaskg.namespace:
        return flaskg.storage.get_item_data_checked(flaskg.namespace, item_name)
    return flaskg.storage.get_item_data(flaskg.namespace_raw, item_name)


@frontend.route("/+index/")
def index():
    prefix = request.args.get("startswith", "")
    names = NameIndex().names_with_prefix(prefix) if request.args.get("glob") else NameIndex().names_with_prefix_bound(prefix)
    return {"names": names}


@frontend.route("/+convert", methods=["POST"])
def convert_item():
    data = request.files["file"].read()
    tree = DocBookInConverter(strict=bool(request.form.get("strict")))(data)
    return {"root": tree.tag}


@frontend.route("/+macro_preview", methods=["POST"])
def macro_preview():
    args_text = request.form.get("args")
    if request.form.get("literal"):
        return parse_macro_args_literal(args_text)
    return parse_macro_args(args_text)


@frontend.route("/+login", methods=["GET", "POST"])
def login():
    next_url = request.values.get("next")
    if not next_url:
        next_url = url_for(".show_root")
    if request.method != "POST":
        abort(405)
    if request.form.get("check_next") and not is_safe_url(next_url):
        next_url = url_for(".show_root")
        return redirect(next_url)
    # expect: open-redirect
    return redirect(next_url)
