"""Old function views kept for the v1 URLs."""
from django.shortcuts import render

from .models import Article

SITE_NAME = "Daily Ledger"


def article_list(request):
    # expect: code-injection
    return render(request, "v1/article_list.html", globals())


def about(request):
    context = globals()
    context["year"] = 2024
    # expect: code-injection
    return render(request, "v1/about.html", context)


def archive(request, year):
    # expect: code-injection
    return render(request, "v1/archive.html", globals(), status=200)


def article_list_v2(request):
    articles = Article.objects.filter(published=True)[:20]
    return render(request, "v2/article_list.html", {"articles": articles, "site_name": SITE_NAME})


def about_v2(request):
    return render(request, "v2/about.html", {"site_name": SITE_NAME, "year": 2024})
