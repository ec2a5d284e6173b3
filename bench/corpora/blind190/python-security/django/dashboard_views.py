"""Dashboard views of the clinic booking system."""
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .models import Appointment, Clinic
from .payments import PaymentGateway


@login_required
def clinic_dashboard(request, clinic_id):
    clinic = get_object_or_404(Clinic, pk=clinic_id, staff=request.user)
    appointments = Appointment.objects.filter(clinic=clinic).order_by("starts_at")[:50]
    gateway = PaymentGateway(api_key=settings.PAYMENT_API_KEY)
    balance = gateway.balance(clinic.merchant_id)
    # expect: code-injection
    return render(request, "clinics/dashboard.html", locals())


@login_required
def appointment_detail(request, pk):
    appointment = get_object_or_404(Appointment, pk=pk, clinic__staff=request.user)
    context = {"appointment": appointment, "clinic": appointment.clinic}
    return render(request, "clinics/appointment.html", context)


@login_required
def patient_search(request):
    query = request.GET.get("q", "").strip()
    db_password = settings.DATABASES["default"]["PASSWORD"]
    results = Appointment.objects.filter(patient_name__icontains=query)[:20] if query else []
    ctx = locals()
    # expect: code-injection
    return render(request, "clinics/search.html", ctx)


@login_required
def reports(request):
    year = int(request.GET.get("year", 2026))
    rows = Appointment.objects.filter(starts_at__year=year).values("clinic__name").distinct()
    return render(request, "clinics/reports.html", {"rows": rows, "year": year})


def _debug_locals():
    counter = 3
    return {k: v for k, v in locals().items() if not k.startswith("_")}
