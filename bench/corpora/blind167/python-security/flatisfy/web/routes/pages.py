# coding: utf-8
"""
Server-rendered pages: a printable sheet and a small card per flat.
"""
import bottle

from flatisfy.models import flat as flat_model

PRINT_TEMPLATE = """
<html><head><title>{{title}}</title></head>
<body>
<h1>{{title}}</h1>
<p class="meta">{{area}} m² — {{cost}} €</p>
<div class="notes">{{!notes}}</div>
</body></html>
"""

CARD_TEMPLATE = """
<div class="card">
  <h2>{{title}}</h2>
  <p>{{location}}</p>
  <p class="notes">{{notes}}</p>
</div>
"""


def _flat_or_404(db, flat_id):
    flat = db.query(flat_model.Flat).filter_by(id=flat_id).first()
    if flat is None:
        bottle.abort(404, "No such flat.")
    return flat


def print_flat(flat_id, db):
    """GET /flat/:flat_id/print"""
    flat = _flat_or_404(db, flat_id)
    # expect: xss
    return bottle.template(PRINT_TEMPLATE, title=flat.title, area=flat.area, cost=flat.cost, notes=flat.notes or "")


def flat_card(flat_id, db):
    """GET /flat/:flat_id/card"""
    flat = _flat_or_404(db, flat_id)
    return bottle.template(
        CARD_TEMPLATE,
        title=flat.title,
        location=flat.location,
        notes=flat.notes or "",
    )
