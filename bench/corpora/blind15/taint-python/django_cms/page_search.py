# library: django (cursor.execute / Model.objects.raw / extra)
from django.db import connection
from django.http import JsonResponse

from cms.models import Page

LANGS = {"en", "nl", "de"}


def _lang(request) -> str:
    lang = request.GET.get("lang", "")
    if not lang:
        lang = "en"
    return lang


def search(request):
    term = request.GET.get("q", "")
    lang = _lang(request)
    sql = "SELECT id, title FROM cms_page WHERE lang = '%s' AND title ILIKE '%%%s%%'" % (lang, term)
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute(sql)
        rows = cur.fetchall()
    return JsonResponse({"results": rows})


def by_slug(request, slug):
    # expect: sql-injection
    pages = Page.objects.raw(f"SELECT * FROM cms_page WHERE slug = '{slug}'")
    return JsonResponse({"ids": [p.id for p in pages]})


def search_safe(request):
    term = request.GET.get("q", "")
    lang = _lang(request)
    if lang not in LANGS:
        lang = "en"
    with connection.cursor() as cur:
        cur.execute("SELECT id, title FROM cms_page WHERE lang = %s AND title ILIKE %s", [lang, f"%{term}%"])
        rows = cur.fetchall()
    return JsonResponse({"results": rows})


def by_slug_safe(request, slug):
    pages = Page.objects.raw("SELECT * FROM cms_page WHERE slug = %s", [slug])
    return JsonResponse({"ids": [p.id for p in pages]})
