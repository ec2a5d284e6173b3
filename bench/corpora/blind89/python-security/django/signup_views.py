"""Account signup and plan change views."""
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .forms import PlanChangeForm, ProfileForm, SignupForm
from .models import Account, Plan


@require_http_methods(["GET", "POST"])
def signup(request):
    form = SignupForm(request.POST or None)
    if form.is_valid():
        user = form.save(commit=False)
        # expect: unvalidated-input
        user.email = request.POST["email"].lower()
        user.save()
        login(request, user)
        return redirect("dashboard")
    return render(request, "accounts/signup.html", {"form": form})


@login_required
def change_plan(request):
    if request.method == "POST":
        plan_form = PlanChangeForm(request.POST, account=request.user.account)
        if plan_form.is_valid():
            # expect: unvalidated-input
            plan = Plan.objects.get(code=request.POST.get("plan"))
            request.user.account.switch_plan(plan)
            messages.success(request, "Plan updated.")
            return redirect("billing")
    else:
        plan_form = PlanChangeForm(account=request.user.account)
    return render(request, "billing/change_plan.html", {"form": plan_form})


@login_required
def edit_profile(request):
    form = ProfileForm(request.POST or None, instance=request.user.profile)
    if request.method == "POST" and form.is_valid():
        profile = form.save(commit=False)
        profile.display_name = form.cleaned_data["display_name"]
        # expect: unvalidated-input
        profile.timezone = request.POST.get("timezone", "UTC")
        profile.save()
        return redirect("profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
def invite_member(request, account_id):
    account = Account.objects.get(pk=account_id, owner=request.user)
    form = SignupForm(request.POST or None)
    if form.is_valid():
        member = form.save()
        # expect: unvalidated-input
        account.add_member(member, role=request.POST["role"])
        return redirect("team")
    return render(request, "accounts/invite.html", {"form": form, "account": account})


@login_required
def close_account(request):
    form = PlanChangeForm(request.POST or None, account=request.user.account)
    reason = request.POST.get("reason", "")
    if form.is_valid():
        request.user.account.close(reason=form.cleaned_data.get("reason", reason))
        return redirect("goodbye")
    return render(request, "accounts/close.html", {"form": form})
