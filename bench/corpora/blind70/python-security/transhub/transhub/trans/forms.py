"""Forms for the translation views."""
from django import forms


class SearchForm(forms.Form):
    q = forms.CharField(max_length=200, required=True, strip=True)
    exact = forms.BooleanField(required=False)
    page = forms.IntegerField(min_value=1, required=False)


class BranchForm(forms.Form):
    # free text: any ref name the remote may have
    branch = forms.CharField(max_length=100)

    def clean_branch(self):
        value = self.cleaned_data["branch"]
        return value.strip()


class MergeForm(forms.Form):
    strategy = forms.ChoiceField(choices=[("rebase", "Rebase"), ("merge", "Merge")])
