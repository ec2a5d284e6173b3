from django import forms


class DirectoryLoginForm(forms.Form):
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput)
    display_name = forms.CharField(max_length=80, required=False)
    theme = forms.ChoiceField(choices=[("light", "Light"), ("dark", "Dark")], required=False)


class AvatarForm(forms.Form):
    avatar_url = forms.URLField(required=False)
    use_gravatar = forms.BooleanField(required=False)


class ExportForm(forms.Form):
    FORMATS = [("csv", "CSV"), ("json", "JSON")]
    fmt = forms.ChoiceField(choices=FORMATS)
    filename = forms.CharField(max_length=100, required=False)
