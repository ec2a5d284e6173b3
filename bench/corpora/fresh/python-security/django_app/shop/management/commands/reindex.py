from django.core.management.base import BaseCommand
from django.db import connection, connections
from django.db.models.expressions import RawSQL

from shop.models import Product

TABLES = ("shop_product", "shop_review", "shop_order")


class Command(BaseCommand):
    help = "Rebuild search vectors and vacuum the shop tables"

    def add_arguments(self, parser):
        parser.add_argument("--where", default="")
        parser.add_argument("--alias", default="default")
        parser.add_argument("--lang", default="english")

    def handle(self, *args, **opts):
        with connection.cursor() as cur:
            for table in TABLES:
                cur.execute(f"VACUUM ANALYZE {table}")
        where = opts["where"]
        if where:
            # expect: sql-injection
            qs = Product.objects.extra(where=[where])
        else:
            qs = Product.objects.all()
        lang = opts["lang"]
        with connections[opts["alias"]].cursor() as cur:
            for p in qs.iterator():
                # expect: sql-injection
                cur.execute("UPDATE shop_product SET search = to_tsvector('%s', name) WHERE id = %d" % (lang, p.id))
                cur.execute("UPDATE shop_product SET search = to_tsvector(%s, name) WHERE id = %s", [lang, p.id])
        top = Product.objects.annotate(score=RawSQL("ts_rank(search, plainto_tsquery(%s))", (lang,)))
        self.stdout.write(f"reindexed {qs.count()} products; {top.count()} ranked")
