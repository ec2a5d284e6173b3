from django import forms
from django.contrib.auth import authenticate


class LoginForm(forms.Form):
    username = forms.CharField(max_length=30)
    password = forms.CharField(widget=forms.PasswordInput, required=False)

    def clean(self):
        self.user_cache = authenticate(username=self.cleaned_data.get("username"), password=self.cleaned_data.get("password"))
        if self.user_cache is None:
            raise forms.ValidationError("Whoopsy-daisy, wrong password. Try again.")
        return self.cleaned_data

    def get_user(self):
        return self.user_cache
