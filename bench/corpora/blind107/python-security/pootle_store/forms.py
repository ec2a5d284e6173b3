from django import forms


class UnitSearchForm(forms.Form):
    sfields = forms.MultipleChoiceField(
        required=False, choices=[("source", "Source"), ("target", "Target"), ("notes", "Notes")])
    sort = forms.CharField(required=False, initial="mtime")
    offset = forms.IntegerField(required=False, min_value=0)
