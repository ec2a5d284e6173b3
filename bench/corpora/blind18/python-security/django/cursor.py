"""Stats endpoints that talk to the database connection directly."""
from django.db import connection, connections
from django.http import JsonResponse
from django.views import View


class SignupStats(View):
    def get(self, request):
        source = request.GET.get("source", "web")
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(f"SELECT count(*) FROM accounts_user WHERE source = '{source}'")
            (total,) = cursor.fetchone()
        return JsonResponse({"total": total})


class SignupStatsSafe(View):
    def get(self, request):
        source = request.GET.get("source", "web")
        with connection.cursor() as cursor:
            # safe: parameterised
            cursor.execute("SELECT count(*) FROM accounts_user WHERE source = %s", [source])
            (total,) = cursor.fetchone()
        return JsonResponse({"total": total})


def replica_lookup(request):
    email = request.GET["email"]
    cursor = connections["replica"].cursor()
    query = "SELECT id FROM accounts_user WHERE email = '" + email + "'"
    # expect: sql-injection
    cursor.execute(query)
    return JsonResponse({"ids": [r[0] for r in cursor.fetchall()]})


def cohort(request):
    month = request.GET["month"]
    plan = request.GET["plan"]
    with connection.cursor() as c:
        # expect: sql-injection
        c.execute(
            "SELECT count(*) FROM billing_subscription "
            "WHERE date_trunc('month', started) = '%s' AND plan = '%s'" % (month, plan)
        )
        return JsonResponse({"count": c.fetchone()[0]})


def table_sizes(request):
    with connection.cursor() as c:
        # safe: constant query
        c.execute("SELECT relname, pg_total_relation_size(relid) FROM pg_catalog.pg_statio_user_tables")
        return JsonResponse({"sizes": c.fetchall()})
