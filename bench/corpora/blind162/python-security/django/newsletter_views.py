"""Newsletter sign-up and preference views."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .forms import PreferencesForm, SignupForm
from .models import Subscriber


@require_http_methods(["GET", "POST"])
def signup(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # expect: input-validation
        email = request.POST["email"]
        Subscriber.objects.get_or_create(email=email, defaults={"source": "footer"})
        messages.success(request, "Thanks for subscribing.")
        return redirect("newsletter:done")
    return render(request, "newsletter/signup.html", {"form": form})


@require_http_methods(["GET", "POST"])
def signup_landing(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        Subscriber.objects.get_or_create(email=email, defaults={"source": "landing"})
        return redirect("newsletter:done")
    return render(request, "newsletter/landing.html", {"form": form})


@require_http_methods(["GET", "POST"])
def preferences(request, token):
    subscriber = Subscriber.objects.get_by_token(token)
    form = PreferencesForm(request.POST or None, instance=subscriber)
    if request.method == "POST" and form.is_valid():
        prefs = form.save(commit=False)
        # expect: input-validation
        prefs.frequency = request.POST.get("frequency", "weekly")
        # expect: input-validation
        prefs.max_per_week = int(request.POST.get("max_per_week", 3))
        prefs.save()
        return redirect("newsletter:prefs", token=token)
    return render(request, "newsletter/prefs.html", {"form": form})


@require_http_methods(["POST"])
def unsubscribe(request, token):
    subscriber = Subscriber.objects.get_by_token(token)
    reason = request.POST.get("reason", "")[:200]
    subscriber.unsubscribe(reason=reason)
    return redirect("newsletter:bye")
