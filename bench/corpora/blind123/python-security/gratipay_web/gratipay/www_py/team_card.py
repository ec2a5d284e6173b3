"""Python page of www/%team/card.spt: an embeddable HTML card."""
from markupsafe import Markup

from gratipay.models.team import Team


def handle(request, website, user):
    team = Team.from_slug(website.db, request.path["team"])
    card = Markup('<a href="{}">{}</a>').format(team.homepage, team.name)
    # expect: xss
    blurb = Markup(f"<p class=\"blurb\">{team.product_or_service}</p>")
    return {"card": card, "blurb": blurb}
