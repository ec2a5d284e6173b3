"""Self-service onboarding: a visitor creates a workspace and edits its profile."""
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from .forms import ProfileForm
from .models import Invitation, Profile, Workspace


@login_required
def create_workspace(request):
    if request.method == "POST":
        # expect: mass-assignment
        workspace = Workspace.objects.create(**request.POST.dict())
        return redirect("workspace-home", pk=workspace.pk)
    return render(request, "onboarding/new_workspace.html")


@login_required
def update_profile(request):
    profile = Profile.objects.filter(user=request.user)
    # expect: mass-assignment
    profile.update(**request.POST)
    request.user.save()
    return redirect("profile")


class InvitationApi(View):
    def post(self, request):
        # expect: mass-assignment
        invite = Invitation.objects.create(**request.GET.dict(), inviter=request.user)
        return JsonResponse({"id": invite.pk}, status=201)


@login_required
def create_workspace_safe(request):
    workspace = Workspace.objects.create(
        name=request.POST.get("name", "")[:80],
        owner=request.user,
    )
    return redirect("workspace-home", pk=workspace.pk)


@login_required
def edit_profile(request):
    profile = get_object_or_404(Profile, user=request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if form.is_valid():
        form.save()
        return redirect("profile")
    return render(request, "onboarding/profile.html", {"form": form})


ALLOWED = {"display_name", "timezone"}


@login_required
def patch_profile(request):
    fields = {k: v for k, v in request.POST.items() if k in ALLOWED}
    Profile.objects.filter(user=request.user).update(**fields)
    return JsonResponse({"updated": sorted(fields)})
