from django.http import JsonResponse

from .models import Invoice


def invoices_for_customer(request):
    # expect: sql-injection
    rows = Invoice.objects.raw(f"SELECT * FROM billing_invoice WHERE customer_id = {request.GET.get('customer')}")
    return JsonResponse({"ids": [r.id for r in rows]})


def invoices_by_status(request):
    status = request.GET.get("status", "open")
    query = "SELECT * FROM billing_invoice WHERE status = '%s' ORDER BY due_date" % status
    # expect: sql-injection
    return JsonResponse({"ids": [r.id for r in Invoice.objects.raw(query)]})


def invoices_sorted(request):
    order = request.POST["order_by"]
    # expect: sql-injection
    rows = Invoice.objects.raw(
        "SELECT * FROM billing_invoice ORDER BY {}".format(order)
    )
    return JsonResponse({"ids": [r.id for r in rows]})


def invoices_search(request):
    term = request.GET["q"]
    # expect: sql-injection
    rows = Invoice.objects.raw("SELECT * FROM billing_invoice WHERE memo LIKE '%%" + term + "%%'")
    return JsonResponse({"ids": [r.id for r in rows]})


def invoices_between(request):
    start, end = request.GET.get("from"), request.GET.get("to")
    rows = Invoice.objects.raw(
        "SELECT * FROM billing_invoice WHERE issued_on BETWEEN %s AND %s", [start, end]
    )
    return JsonResponse({"ids": [r.id for r in rows]})


def overdue(request):
    rows = Invoice.objects.raw("SELECT * FROM billing_invoice WHERE due_date < now() AND paid = false")
    return JsonResponse({"ids": [r.id for r in rows]})


def invoices_for_user(request):
    rows = Invoice.objects.raw("SELECT * FROM billing_invoice WHERE owner_id = %s", [request.user.id])
    return JsonResponse({"ids": [r.id for r in rows]})
