from django import forms

from .models import Ticket


class TicketForm(forms.ModelForm):
    class Meta:
        model = Ticket
        fields = ["subject", "body", "submitter_email"]


class TicketSearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=200)
    status = forms.ChoiceField(required=False, choices=[("", "Any")] + Ticket.STATUS_CHOICES)
    submitter = forms.CharField(required=False, max_length=254)
    days = forms.IntegerField(required=False, min_value=1, max_value=365)


class ReplyForm(forms.Form):
    message = forms.CharField(widget=forms.Textarea)
    signature = forms.CharField(required=False, max_length=500)
