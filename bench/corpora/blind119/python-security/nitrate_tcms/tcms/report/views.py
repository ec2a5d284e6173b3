"""Custom report views (Django), shaped on tcms.report.views."""
from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from nitrate_tcms.tcms.report import sqls


class CustomSearchForm(forms.Form):
    product = forms.IntegerField()
    build = forms.CharField(required=False)
    tag = forms.CharField(required=False)


@login_required
def custom_search(request, template_name="report/custom_search.html"):
    form = CustomSearchForm(request.GET)
    if not form.is_valid():
        return render(request, template_name, {"form": form})
    data = form.cleaned_data
    builds = [b for b in (data["build"] or "").split(",") if b]
    rows = sqls.build_summary(product_id=data["product"], builds=builds, tag=data["tag"])
    return render(request, template_name, {"form": form, "rows": rows})
