"""Form owners edit the intro text; it is shown on the public form page."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from tendenci.apps.forms_builder.models import Form


@login_required
def edit_intro(request, slug):
    form = get_object_or_404(Form, slug=slug)
    if request.method == "POST":
        form.intro = request.POST.get("intro", "")
        form.response = request.POST.get("response", "")
        form.save()
        return redirect("form_detail", slug=slug)
    return render(request, "forms/edit_intro.html", {"form": form})


def form_detail(request, slug):
    form = get_object_or_404(Form, slug=slug)
    return render(request, "forms/form_detail.html", {"form": form})
