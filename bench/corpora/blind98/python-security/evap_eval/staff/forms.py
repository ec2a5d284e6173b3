from django import forms

from ..evaluation.models import EmailTemplate


class EmailTemplateForm(forms.ModelForm):
    class Meta:
        model = EmailTemplate
        fields = ("subject", "plain_content")
