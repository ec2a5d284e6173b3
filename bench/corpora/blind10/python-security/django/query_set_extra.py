# library: Django ORM (QuerySet.extra)
"""Legacy filters kept from the Django 1.x code base."""
from .models import Article


def articles_by_author(author):
    # expect: sql-injection
    return Article.objects.extra(where=[f"author = '{author}'"])


def articles_by_author_safe(author):
    return Article.objects.extra(where=["author = %s"], params=[author])


def articles_with_rank(keyword):
    # expect: sql-injection
    return Article.objects.extra(select={"rank": "ts_rank(search, plainto_tsquery('%s'))" % keyword})


def articles_with_rank_safe(keyword):
    return Article.objects.extra(select={"rank": "ts_rank(search, plainto_tsquery(%s))"}, select_params=(keyword,))


def articles_newer_than(days):
    # expect: sql-injection
    return Article.objects.extra(where=["published_at > now() - interval '" + days + " days'"])


def articles_recent():
    return Article.objects.extra(where=["published_at > now() - interval '7 days'"])
