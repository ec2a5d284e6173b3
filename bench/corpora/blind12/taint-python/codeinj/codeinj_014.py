# library: Flask + eval f-string
"""eval f-string: value from request (helper get_json_field)."""
from flask import Blueprint, request

from .helpers.params import get_json_field


bp = Blueprint("codeinj_price_7", __name__)


@bp.route("/price", methods=["POST"])
def price_7():
    param = get_json_field(request, "formula")
    bar = param
    total = float(bar) * 1.2
    return {"total": total}
