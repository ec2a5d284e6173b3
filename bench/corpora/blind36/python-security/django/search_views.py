"""Catalogue search with hand-written SQL."""
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Author, Book


def search_books(request):
    term = request.GET.get("q", "")
    # expect: sql-injection
    books = Book.objects.raw(f"SELECT * FROM catalog_book WHERE title ILIKE '%{term}%'")
    return JsonResponse({"ids": [b.pk for b in books]})


def authors_by_country(request):
    country = request.GET["country"]
    sql = "SELECT * FROM catalog_author WHERE country = '%s'" % country
    sql += " ORDER BY name"
    # expect: sql-injection
    authors = Author.objects.raw(sql)
    return JsonResponse({"names": [a.name for a in authors]})


def ranked(request):
    weight_col = request.GET.get("weight", "rating")
    qs = Book.objects.annotate(
        # expect: sql-injection
        score=RawSQL("SELECT AVG(%s) FROM catalog_review r WHERE r.book_id = catalog_book.id" % weight_col, ())
    )
    return JsonResponse({"ids": list(qs.order_by("-score").values_list("pk", flat=True))})


class BookQueries:
    model = Book

    def by_isbn_prefix(self, prefix):
        # expect: sql-injection
        return self.model.objects.raw("SELECT * FROM catalog_book WHERE isbn LIKE '" + prefix + "%%'")


def search_books_safe(request):
    term = request.GET.get("q", "")
    books = Book.objects.raw("SELECT * FROM catalog_book WHERE title ILIKE %s", ["%" + term + "%"])
    return JsonResponse({"ids": [b.pk for b in books]})


def ranked_safe(request):
    min_stars = int(request.GET.get("min", "4"))
    qs = Book.objects.annotate(
        good_reviews=RawSQL(
            "SELECT COUNT(*) FROM catalog_review r WHERE r.book_id = catalog_book.id AND r.stars >= %s",
            (min_stars,),
        )
    )
    return JsonResponse({"ids": list(qs.order_by("-good_reviews").values_list("pk", flat=True))})
