"""Public tag pages: users tag dockets and may publish a tag with a description."""
import bleach
import markdown
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from cl.favorites.models import DocketTag, UserTag

ALLOWED_TAGS = ["p", "a", "em", "strong", "ul", "ol", "li", "code", "blockquote"]
ALLOWED_ATTRS = {"a": ["href", "title"]}


def render_description(text: str) -> str:
    """Markdown for the tag page, cleaned of anything but basic formatting."""
    html = markdown.markdown(text or "")
    return bleach.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, strip=True)


def view_tag(request, username: str, tag_name: str):
    """The public page for a published tag."""
    owner = get_object_or_404(User, username=username)
    tag = get_object_or_404(UserTag, user=owner, name=tag_name, published=True)
    dockets = DocketTag.objects.filter(tag=tag).select_related("docket")[:200]
    context = {
        "tag": tag,
        "title": format_html("{} · tagged by {}", tag.name, owner.username),
        "description": mark_safe(render_description(tag.description)),
        "dockets": dockets,
    }
    return render(request, "tag.html", context)


def tag_embed(request, username: str, tag_name: str):
    """A tiny HTML snippet other sites embed in an iframe to show a tag."""
    owner = get_object_or_404(User, username=username)
    tag = get_object_or_404(UserTag, user=owner, name=tag_name, published=True)
    count = DocketTag.objects.filter(tag=tag).count()
    summary = markdown.markdown(tag.description or "")
    # expect: xss
    return HttpResponse(mark_safe(f"<div class='cl-tag'><h3>{escape(tag.name)}</h3>{summary}<p>{count} cases</p></div>"))


@login_required
@require_POST
def update_tag(request, pk: int):
    tag = get_object_or_404(UserTag, pk=pk, user=request.user)
    tag.description = request.POST.get("description", "")[:5000]
    tag.published = request.POST.get("published") == "on"
    tag.save(update_fields=["description", "published"])
    return JsonResponse({"ok": True, "preview": render_description(tag.description)})


@login_required
def tag_list(request):
    tags = UserTag.objects.filter(user=request.user).order_by("name")
    rows = [format_html("<li>{}</li>", t.name) for t in tags]
    return HttpResponse(format_html("<ul>{}</ul>", mark_safe("".join(rows))))
