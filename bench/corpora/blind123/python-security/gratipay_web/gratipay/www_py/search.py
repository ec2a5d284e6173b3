"""Python page of www/search.spt (Aspen simplate): searches participants and teams."""
from aspen import Response

from gratipay.models.participant import Participant
from gratipay.models.team import Team


def handle(request, website, user):
    q = request.qs.get("q", "").strip()
    if len(q) > 64:
        raise Response(400, "query too long")
    scope = request.qs.get("scope", "teams")
    if scope == "teams":
        results = Team.search(website.db, q)
    else:
        results = Participant.search(website.db, q)
    return {"q": q, "results": results}
