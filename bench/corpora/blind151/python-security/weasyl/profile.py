"""Commission info on user profiles."""
import logging

import bleach
from markupsafe import Markup, escape

from .define import engine

log = logging.getLogger(__name__)

ALLOWED_TAGS = ["b", "i", "em", "strong", "a", "p", "ul", "li"]


def select_commission_info(userid):
    row = engine.execute(
        "SELECT shop_notice, commishinfo, price_note FROM profile WHERE userid = %(user)s", user=userid
    ).first()
    return dict(row) if row else {"shop_notice": "", "commishinfo": "", "price_note": ""}


def render_commission_info(info):
    commish = Markup(bleach.clean(info["commishinfo"], tags=ALLOWED_TAGS))
    note = escape(info["price_note"])
    notice = info["shop_notice"]
    # expect: xss
    return Markup(f"<div class='commish'>{commish}</div><p>{note}</p><span>{notice}</span>")


def edit_commission_info(userid, content, shop_notice, price_note):
    engine.execute(
        "UPDATE profile SET commishinfo = %(c)s, shop_notice = %(s)s, price_note = %(p)s WHERE userid = %(u)s",
        c=content, s=shop_notice.strip(), p=price_note, u=userid,
    )
