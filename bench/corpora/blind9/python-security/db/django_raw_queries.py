# library: Django ORM (raw, extra, RawSQL)
"""Search helpers for the catalogue app."""
from django.db.models import F
from django.db.models.expressions import RawSQL

from catalogue.models import Book


def books_by_author(author):
    return Book.objects.raw("SELECT * FROM catalogue_book WHERE author = %s", [author])


def books_by_publisher(publisher):
    # expect: sql-injection
    return Book.objects.raw(f"SELECT * FROM catalogue_book WHERE publisher = '{publisher}'")


def books_matching(term):
    # expect: sql-injection
    return Book.objects.extra(where=["title ILIKE '%%" + term + "%%'"])


def books_matching_safe(term):
    return Book.objects.extra(where=["title ILIKE %s"], params=[f"%{term}%"])


def ranked(weight):
    # expect: sql-injection
    return Book.objects.annotate(rank=RawSQL("ts_rank(search, plainto_tsquery('%s'))" % weight, []))


def ranked_safe(query):
    return Book.objects.annotate(rank=RawSQL("ts_rank(search, plainto_tsquery(%s))", (query,))).order_by(F("rank").desc())


def in_series(series):
    # expect: sql-injection
    return Book.objects.extra(select={"in_series": "series = '%s'" % series})
