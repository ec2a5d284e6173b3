"""Sign-up and profile views."""
from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.views import View

from .forms import NewsletterForm, ProfileForm, SignupForm
from .models import Account, Subscription


def signup(request):
    if request.method == "POST":
        form = SignupForm(request.POST)
        if form.is_valid():
            account = Account.objects.create_user(
                username=form.cleaned_data["username"],
                # expect: input-validation
                email=request.POST["email"],
                password=form.cleaned_data["password1"],
            )
            login(request, account)
            return redirect("welcome")
    else:
        form = SignupForm()
    return render(request, "accounts/signup.html", {"form": form})


def newsletter(request):
    form = NewsletterForm(request.POST or None)
    if form.is_valid():
        # expect: input-validation
        frequency = request.POST.get("frequency", "weekly")
        Subscription.objects.update_or_create(
            email=form.cleaned_data["email"], defaults={"frequency": frequency}
        )
        return redirect("newsletter-thanks")
    return render(request, "newsletter.html", {"form": form})


def change_plan(request, account_id):
    form = ProfileForm(request.POST, instance=request.user)
    if form.is_valid():
        form.save()
        # expect: input-validation
        plan = request.POST["plan"].strip()
        request.user.subscription.change_plan(plan)
    return redirect("profile")


class ProfileView(View):
    def post(self, request):
        form = ProfileForm(request.POST, instance=request.user)
        if form.is_valid():
            profile = form.save(commit=False)
            # expect: input-validation
            profile.bio = request.POST.get("bio", "")
            profile.save()
            return redirect("profile")
        return render(request, "accounts/profile.html", {"form": form})


def contact_prefs(request):
    form = NewsletterForm(request.POST or None)
    if form.is_valid():
        Subscription.objects.filter(email=form.cleaned_data["email"]).update(
            frequency=form.cleaned_data["frequency"]
        )
        return redirect("newsletter-thanks")
    return render(request, "newsletter.html", {"form": form})
