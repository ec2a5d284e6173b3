from pyramid.view import view_config

from assembl_server.auth import P_READ
from assembl_server.models import post as post_model

ORDERS = {"chronological": "creation_date ASC", "reverse_chronological": "creation_date DESC",
          "score": "like_count DESC"}


@view_config(route_name="discussion_posts", request_method="GET", renderer="json", permission=P_READ)
def get_posts(request):
    discussion_id = int(request.matchdict["discussion_id"])
    order = ORDERS.get(request.GET.get("order"), "creation_date DESC")
    posts = post_model.Post.search(request.db, discussion_id, order=order)
    sort = request.GET.get("sort")
    if sort:
        posts = post_model.Post.search(request.db, discussion_id, order=sort)
    return {"posts": posts}
