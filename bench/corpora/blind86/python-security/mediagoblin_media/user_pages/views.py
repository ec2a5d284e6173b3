"""Per-user pages; the URL map fills ``request.matchdict``."""
from markupsafe import escape
from werkzeug.wrappers import Response

from mediagoblin_media.tools.decorators import get_user_media_entry, require_active_login
from mediagoblin_media.tools.response import redirect, render_to_response
from mediagoblin_media.user_pages import lib


@get_user_media_entry
def media_home(request):
    entry = lib.find_entry(request.db, request.matchdict["user"], request.media_slug)
    return render_to_response(request, "mediagoblin/user_pages/media.html", {"media": entry})


@require_active_login
@get_user_media_entry
def media_confirm_delete(request):
    lib.delete_entry(request.db, request.matchdict["user"], request.media_slug)
    next_url = request.form.get("next")
    if not next_url:
        next_url = request.urlgen("mediagoblin.user_pages.user_home", user=request.matchdict["user"])
    # expect: open-redirect
    return redirect(request, location=next_url)


@require_active_login
def collection_confirm_delete(request):
    lib.delete_collection(request.db, request.matchdict["collection"])
    return redirect(request, endpoint="mediagoblin.user_pages.user_collections", user=request.user.username)


def atom_title(request):
    tag = request.args.get("tag", "")
    # expect: xss
    return Response("<html><title>Posts tagged %s</title></html>" % tag, mimetype="text/html")


def atom_title_escaped(request):
    tag = request.args.get("tag", "")
    return Response("<html><title>Posts tagged %s</title></html>" % escape(tag), mimetype="text/html")
