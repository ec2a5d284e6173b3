"""Help centre views."""
import logging

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .models import Article, Category

log = logging.getLogger(__name__)

SUPPORT_EMAIL = "support@example.com"
ZENDESK_API_TOKEN = settings.ZENDESK_API_TOKEN
INTERCOM_SECRET = settings.INTERCOM_IDENTITY_SECRET
FEATURED = ["getting-started", "billing", "security"]


def index(request):
    categories = Category.objects.filter(public=True).order_by("position")
    # expect: globals-template-context
    return render(request, "help/index.html", globals())


def article(request, slug):
    item = get_object_or_404(Article, slug=slug, published=True)
    return render(request, "help/article.html", {"article": item, "support_email": SUPPORT_EMAIL})


@login_required
def contact(request):
    user_hash = request.user.intercom_hash(INTERCOM_SECRET)
    # expect: globals-template-context
    return render(request, "help/contact.html", {**globals(), "user_hash": user_hash})


def category(request, slug):
    cat = get_object_or_404(Category, slug=slug, public=True)
    articles = cat.articles.filter(published=True)
    context = globals().copy()
    context.update(category=cat, articles=articles)
    log.info("category %s viewed", slug)
    # expect: globals-template-context
    return render(request, "help/category.html", context)


def featured(request):
    items = Article.objects.filter(slug__in=FEATURED, published=True)
    return render(request, "help/featured.html", {"items": items, "featured": FEATURED})


def search(request):
    q = request.GET.get("q", "")
    results = Article.objects.filter(title__icontains=q, published=True)[:20] if q else []
    return render(request, "help/search.html", {"q": q, "results": results})
