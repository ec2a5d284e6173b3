"""Export form that runs a management command in-process (Django FormView)."""
from django import forms
from django.core.management import call_command
from django.http import HttpResponse
from django.views.generic.edit import FormView


class ExportForm(forms.Form):
    dataset = forms.ChoiceField(choices=[("loans", "Loans"), ("members", "Members")])
    label = forms.CharField(max_length=100, required=False)


class ExportView(FormView):
    template_name = "exports/form.html"
    form_class = ExportForm

    def form_valid(self, form):
        dataset = form.cleaned_data["dataset"]
        call_command("export_dataset", dataset, label=form.cleaned_data.get("label") or dataset)
        return HttpResponse("started")
