from django import forms


class SubmitForm(forms.Form):
    job_name = forms.CharField()
    job_description = forms.CharField(required=False, widget=forms.Textarea)
    script_version_id = forms.IntegerField()
    parameters = forms.JSONField(required=False)
