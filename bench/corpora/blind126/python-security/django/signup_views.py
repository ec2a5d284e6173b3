from django.contrib.auth import login
from django.shortcuts import redirect, render

from .forms import NewsletterForm, SignupForm
from .models import Account, Subscription


def signup(request):
    if request.method == "POST":
        form = SignupForm(request.POST)
        if form.is_valid():
            account = form.save(commit=False)
            # expect: unvalidated-form-data
            account.referral_code = request.POST.get("referral")
            account.save()
            login(request, account.user)
            return redirect("dashboard")
    else:
        form = SignupForm()
    return render(request, "accounts/signup.html", {"form": form})


def newsletter(request):
    form = NewsletterForm(request.POST or None)
    if form.is_valid():
        # expect: unvalidated-form-data
        Subscription.objects.create(email=request.POST["email"], topics=form.cleaned_data["topics"])
        return redirect("newsletter-thanks")
    return render(request, "newsletter.html", {"form": form})


def change_plan(request, account_id):
    account = Account.objects.get(pk=account_id, user=request.user)
    form = SignupForm(request.POST, instance=account)
    if form.is_valid():
        account.plan = form.cleaned_data["plan"]
        # expect: unvalidated-form-data
        account.seats = int(request.POST["seats"])
        account.save()
        return redirect("billing")
    return render(request, "accounts/plan.html", {"form": form})


def profile(request):
    form = SignupForm(request.POST or None, instance=request.user.account)
    if form.is_valid():
        form.save()
        return redirect("profile")
    return render(request, "accounts/profile.html", {"form": form})
