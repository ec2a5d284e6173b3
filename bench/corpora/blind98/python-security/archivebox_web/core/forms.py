from django import forms

URL_REGEX = r"(?=(https?://[^\s]+))"

DEPTH_CHOICES = (("0", "depth = 0 (archive just these URLs)"), ("1", "depth = 1 (one hop away)"))


class AddLinkForm(forms.Form):
    url = forms.RegexField(label="URLs (one per line)", regex=URL_REGEX, min_length=6, strip=True, widget=forms.Textarea)
    tag = forms.CharField(label="Tags (comma separated)", required=False)
    depth = forms.ChoiceField(label="Archive depth", choices=DEPTH_CHOICES, initial="0")
