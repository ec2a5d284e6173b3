"""Admin actions and a management command that touch the database directly."""
from django.contrib import admin
from django.core.management.base import BaseCommand
from django.db import connections
from django.db.models import Q

from .models import Customer


@admin.action(description="Merge duplicates by e-mail")
def merge_duplicates(modeladmin, request, queryset):
    emails = list(queryset.values_list("email", flat=True))
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT merge_customers(%s)", [emails])


class CustomerAdmin(admin.ModelAdmin):
    search_fields = ("email", "name")
    actions = [merge_duplicates]

    def get_search_results(self, request, queryset, search_term):
        if search_term.startswith("tag:"):
            tag = search_term[4:]
            # expect: sql-injection
            return queryset.extra(where=["id IN (SELECT customer_id FROM customer_tags WHERE tag = '%s')" % tag]), False
        return super().get_search_results(request, queryset, search_term)


class Command(BaseCommand):
    help = "Recompute lifetime value for a segment"

    def add_arguments(self, parser):
        parser.add_argument("--segment", default="all")
        parser.add_argument("--since")

    def handle(self, *args, **options):
        segment = options["segment"]
        with connections["analytics"].cursor() as cursor:
            cursor.execute("SELECT recompute_ltv(%s, %s)", [segment, options["since"]])
            self.stdout.write(self.style.SUCCESS("done"))


def customers_matching(term: str, region: str):
    return Customer.objects.filter(Q(name__icontains=term) | Q(email__icontains=term), region=region)


def customers_raw_order(order_by: str):
    # expect: sql-injection
    return list(Customer.objects.raw(f"SELECT * FROM crm_customer ORDER BY {order_by}"))


def customers_raw_region(region: str):
    return list(Customer.objects.raw("SELECT * FROM crm_customer WHERE region = %(r)s", {"r": region}))


def table_counts(tables: list[str]) -> dict:
    known = set(connections["default"].introspection.table_names())
    counts = {}
    with connections["default"].cursor() as cursor:
        for table in tables:
            if table not in known:
                continue
            cursor.execute(f'SELECT count(*) FROM "{table}"')
            counts[table] = cursor.fetchone()[0]
    return counts
