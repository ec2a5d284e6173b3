from django import forms


class AddShareForm(forms.Form):
    name = forms.CharField()
    path = forms.CharField()
    groups = forms.MultipleChoiceField(choices=[("freedombox-share", "share")], required=False)
    is_public = forms.BooleanField(required=False)


class RemoveShareForm(forms.Form):
    name = forms.CharField()
