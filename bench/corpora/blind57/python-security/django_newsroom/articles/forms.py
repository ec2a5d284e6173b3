from django import forms


class SearchForm(forms.Form):
    ORDER_CHOICES = [("published_at", "Newest"), ("score", "Most read"), ("title", "Title")]

    q = forms.CharField(max_length=200, required=False)
    order = forms.ChoiceField(choices=ORDER_CHOICES, required=False)
    page = forms.IntegerField(min_value=1, required=False)

    def clean_q(self):
        value = self.cleaned_data.get("q") or ""
        return value.strip()

    def clean_order(self):
        return self.cleaned_data.get("order") or "published_at"


class TeaserForm(forms.Form):
    headline = forms.CharField(max_length=200)
    layout = forms.CharField(widget=forms.Textarea, required=False)
    layout_name = forms.ChoiceField(choices=[("card", "Card"), ("strip", "Strip")], required=False)
