"""Profile editing views."""
from django.conf import settings
from django.shortcuts import get_object_or_404, render
from hashids import Hashids

from .forms import ProfileForm
from .models import Profile

hashids_ok = Hashids(salt=settings.HASHIDS_SALT, min_length=8)
# expect: hashids-secret-key
hashids_leaky = Hashids(salt=settings.SECRET_KEY, min_length=8)


def edit(request, pk):
    profile = get_object_or_404(Profile, pk=pk, owner=request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if form.is_valid():
        form.save()
    title = "Edit profile"
    # expect: template-context-locals
    return render(request, "profiles/edit.html", locals())


def show(request, pk):
    profile = get_object_or_404(Profile, pk=pk)
    return render(request, "profiles/show.html", {"profile": profile, "id": hashids_ok.encode(pk)})


def create(request):
    # expect: mass-assignment
    profile = Profile.objects.create(**request.POST.dict())
    safe = Profile.objects.create(owner=request.user, bio=request.POST.get("bio", ""))
    return render(request, "profiles/show.html", {"profile": profile, "safe": safe})


def update_fields(request, pk):
    profile = get_object_or_404(Profile, pk=pk, owner=request.user)
    # expect: mass-assignment
    Profile.objects.filter(pk=pk).update(**request.POST.dict())
    form = ProfileForm(request.POST, instance=profile)
    if form.is_valid():
        form.save()
    return render(request, "profiles/show.html", {"profile": profile})
