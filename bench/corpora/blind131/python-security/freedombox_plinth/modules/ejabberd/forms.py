from django import forms


class EjabberdForm(forms.Form):
    domain_names = forms.CharField(required=False)
    enable_message_archive = forms.BooleanField(required=False)
