"""Export form that runs a management script (Django FormView)."""
import os

from django import forms
from django.http import HttpResponse
from django.views.generic.edit import FormView


class ExportForm(forms.Form):
    dataset = forms.CharField(max_length=100)
    label = forms.CharField(max_length=100, required=False)


class ExportView(FormView):
    template_name = "exports/form.html"
    form_class = ExportForm

    def form_valid(self, form):
        dataset = form.cleaned_data["dataset"]
        label = form.cleaned_data.get("label") or dataset
        # expect: command-injection
        os.system("python manage.py export_dataset %s --label '%s'" % (dataset, label))
        return HttpResponse("started")
