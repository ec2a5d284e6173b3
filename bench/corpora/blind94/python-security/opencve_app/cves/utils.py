from opencve_app.cves.models import Cve

PRODUCT_SEPARATOR = "$PRODUCT$"


def list_filtered_cves(params, user):
    query = Cve.objects.order_by("-updated_at")
    search = params.get("search")
    if search:
        query = query.filter(description__icontains=search)
    vendor = params.get("vendor")
    product = params.get("product")
    if vendor and product:
        key = f"{vendor}{PRODUCT_SEPARATOR}{product}"
        query = query.extra(where=["vendors @> %s::jsonb"], params=[f'["{key}"]'])
    elif vendor:
        # expect: sql-injection
        query = query.extra(where=[f"vendors::text LIKE '%%{vendor}%%'"])
    cvss = params.get("cvss", "")
    if cvss.lower() in ("low", "medium", "high", "critical"):
        query = query.filter(metrics__cvssV3_1__data__baseSeverity=cvss.upper())
    return query
