"""Request controllers (Pyramid views registered by route name)."""
import logging

from pyramid import httpexceptions
from pyramid.response import Response
from pyramid.view import view_config

from . import define, embed, profile, searchtag

log = logging.getLogger(__name__)


@view_config(route_name="search", renderer="json")
def search_(request):
    form = request.web_input(q="", find="submit", backid="", nextid="")
    backid = define.get_int(form.backid)
    nextid = define.get_int(form.nextid)
    results = searchtag.select_by_title(form.q, find=form.find, backid=backid, nextid=nextid)
    return {"results": results}


@view_config(route_name="tag_search", renderer="json")
def tag_search_(request):
    form = request.web_input(tag="")
    return {"results": searchtag.select_by_tag(form.tag)}


@view_config(route_name="profile_info")
def profile_info_(request):
    userid = define.get_int(request.matchdict.get("userid"))
    info = profile.select_commission_info(userid)
    return Response(profile.render_commission_info(info), content_type="text/html")


@view_config(route_name="submit_visual", request_method="POST", renderer="json")
def submit_visual_post_(request):
    form = request.web_input(title="", embedlink="", thumbnail_url="")
    if form.embedlink:
        media = embed.fetch_embed_thumbnail(form.embedlink)
    elif form.thumbnail_url:
        media = embed.fetch_custom_thumbnail(form.thumbnail_url)
    else:
        media = None
    submitid = define.create_submission(request.userid, form.title, media)
    return {"submitid": submitid}


@view_config(route_name="signin", request_method="POST")
def signin_post_(request):
    form = request.web_input(username="", password="", referer="")
    define.authenticate(request, form.username, form.password)
    # expect: open-redirect
    raise httpexceptions.HTTPSeeOther(location=form.referer or "/")


@view_config(route_name="signout")
def signout_(request):
    form = request.web_input(referer="/")
    target = form.referer if define.is_safe_redirect(form.referer) else "/"
    raise httpexceptions.HTTPSeeOther(location=target)


@view_config(route_name="control_editcommishinfo", request_method="POST")
def control_editcommishinfo_(request):
    form = request.web_input(content="", shop_notice="", price_note="")
    profile.edit_commission_info(request.userid, form.content, form.shop_notice, form.price_note)
    raise httpexceptions.HTTPSeeOther(location="/control")
