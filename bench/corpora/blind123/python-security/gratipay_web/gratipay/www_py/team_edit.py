"""Python page of www/%team/edit.spt: owners update their team."""
from aspen import Response

from gratipay.models.team import Team
from gratipay.utils import images, links

EDITABLE = ("name", "homepage", "product_or_service", "image_url")


def handle(request, website, user):
    team = Team.from_slug(website.db, request.path["team"])
    if team is None or team.owner != user.participant.username:
        raise Response(403)
    fields = {k: request.body[k] for k in EDITABLE if k in request.body}
    if fields.get("image_url"):
        fields["image"] = images.fetch_image(fields.pop("image_url"))
    team.update(website.db, **fields)
    back_to = request.qs.get("back_to")
    if not back_to:
        back_to = request.headers.get("Referer", "/")
    website.redirect(links.checked_back_to(back_to))


def handle_cancel(request, website, user):
    back_to = request.qs.get("back_to") or "/"
    # expect: open-redirect
    website.redirect(back_to)
