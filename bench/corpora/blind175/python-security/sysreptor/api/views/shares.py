"""Public share links for project notes (password protected, read only)."""
import bleach
import markdown
from django.contrib.auth.hashers import check_password
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods

from api.models import ShareInfo

ALLOWED_TAGS = ["p", "ul", "ol", "li", "strong", "em", "code", "pre", "h1", "h2", "h3", "a", "table", "tr", "td", "th"]


def _check_share(request, share_id):
    share = get_object_or_404(ShareInfo, pk=share_id, is_revoked=False)
    if share.is_expired():
        raise Http404()
    if share.password and not check_password(request.POST.get("password", ""), share.password):
        raise Http404()
    return share


@require_http_methods(["POST"])
def shared_note(request, share_id):
    share = _check_share(request, share_id)
    note = share.note
    body = markdown.markdown(note.text, extensions=["tables", "fenced_code"])
    cleaned = bleach.clean(body, tags=ALLOWED_TAGS, attributes={"a": ["href", "title"]}, strip=True)
    page = format_html("<article><h1>{}</h1>{}</article>", note.title, mark_safe(cleaned))
    return HttpResponse(page)


@require_http_methods(["POST"])
def shared_note_children(request, share_id):
    share = _check_share(request, share_id)
    items = []
    for child in share.note.children.order_by("order"):
        summary = markdown.markdown(child.text[:300])
        # expect: xss
        items.append(mark_safe(f"<li><strong>{child.title}</strong>{summary}</li>"))
    return HttpResponse("<ul>" + "".join(items) + "</ul>")


@require_http_methods(["POST"])
def shared_note_title(request, share_id):
    share = _check_share(request, share_id)
    return HttpResponse(format_html("<h1>{}</h1><p>{}</p>", share.note.title, share.note.checked_label()))
