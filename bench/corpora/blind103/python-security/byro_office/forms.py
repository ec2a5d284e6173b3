from django import forms

from .models import MailTemplate

IMPORT_FORMATS = [("csv", "CSV"), ("mt940", "MT940")]


class MailTemplateForm(forms.ModelForm):
    class Meta:
        model = MailTemplate
        fields = ["subject", "text"]


class UploadForm(forms.Form):
    upload_file = forms.FileField()
    upload_format = forms.ChoiceField(choices=IMPORT_FORMATS)
    target_name = forms.CharField(required=False)


class DocumentForm(forms.Form):
    title = forms.CharField()
    category = forms.CharField(required=False)
