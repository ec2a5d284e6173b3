from django.db import connection


def search_products(channel_slug, phrase, sort_column):
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, name FROM product_product WHERE channel_slug = %s ORDER BY {sort_column}",
            [channel_slug],
        )
        return cursor.fetchall()


def rank_by_phrase(channel_slug, phrase):
    weight = "A" if len(phrase) > 3 else "B"
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT id, ts_rank(search_vector, plainto_tsquery('{phrase}')) AS r FROM product_product WHERE channel_slug = %s AND search_weight = '{weight}'", [channel_slug])
        return cursor.fetchall()


def product_by_slug(slug):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM product_product WHERE slug = %s", [slug])
        return cursor.fetchone()
