"""Forms for the integrations pages."""
from urllib.parse import urlparse

from django import forms
from django.conf import settings


class WebhookTestForm(forms.Form):
    url = forms.CharField(max_length=1000)
    method = forms.ChoiceField(choices=[("GET", "GET"), ("POST", "POST"), ("PUT", "PUT")])
    body = forms.CharField(required=False, max_length=1000)


class AllowedWebhookForm(forms.Form):
    url = forms.URLField(max_length=1000)

    def clean_url(self):
        url = self.cleaned_data["url"]
        host = urlparse(url).hostname or ""
        if host not in settings.WEBHOOK_ALLOWED_HOSTS:
            raise forms.ValidationError("This host is not on the allowed list.")
        return url


class LoginForm(forms.Form):
    username = forms.CharField(max_length=150)
    password = forms.CharField(widget=forms.PasswordInput)
