from django import forms

from .models import HttpStatusCheck, ICMPStatusCheck, Service


class HttpStatusCheckForm(forms.ModelForm):
    class Meta:
        model = HttpStatusCheck
        fields = ("name", "endpoint", "text_match", "timeout", "verify_ssl_certificate")


class ICMPStatusCheckForm(forms.ModelForm):
    class Meta:
        model = ICMPStatusCheck
        fields = ("name", "endpoint")


class ServiceForm(forms.ModelForm):
    class Meta:
        model = Service
        fields = ("name", "alert_template")
