"""reqparse parsers shared by the device resources."""
from flask_restx import reqparse

ping_parser = reqparse.RequestParser()
ping_parser.add_argument("host", type=str, required=True, location="json")
ping_parser.add_argument("count", type=int, default=3, location="json")

lookup_parser = reqparse.RequestParser()
lookup_parser.add_argument("name", type=str, default="", location="args")
lookup_parser.add_argument("site", type=str, location="args")

config_parser = reqparse.RequestParser()
config_parser.add_argument("blob", type=str, required=True, location="form")
config_parser.add_argument("format", type=str, choices=("yaml", "json"), default="json", location="form")

restart_parser = reqparse.RequestParser()
restart_parser.add_argument("unit", type=str, required=True, location="json")
restart_parser.add_argument("force", type=bool, default=False, location="json")

upload_parser = reqparse.RequestParser()
upload_parser.add_argument("firmware", type=str, required=True, location="files")
upload_parser.add_argument("version", type=str, required=True, location="form")
upload_parser.add_argument("channel", type=str, choices=("stable", "beta"), default="stable", location="form")

page_parser = reqparse.RequestParser()
page_parser.add_argument("page", type=int, default=1, location="args")
page_parser.add_argument("per_page", type=int, default=50, location="args")


def page_bounds(args) -> tuple[int, int]:
    page = max(1, args.get("page") or 1)
    per_page = max(1, min(args.get("per_page") or 50, 200))
    return (page - 1) * per_page, per_page
