from django import forms

SORT_CHOICES = [("name", "Name"), ("price", "Price"), ("-created", "Newest")]


class ProductSearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=200)
    category = forms.CharField(required=False, max_length=64)
    sort = forms.ChoiceField(choices=SORT_CHOICES, required=False)
    page = forms.IntegerField(required=False, min_value=1)


class InvoiceLookupForm(forms.Form):
    number = forms.CharField(max_length=32)
    year = forms.IntegerField(min_value=2000, max_value=2100)


class NewsletterForm(forms.Form):
    email = forms.EmailField()
    next_url = forms.CharField(required=False)


class ReportForm(forms.Form):
    region = forms.CharField(max_length=40)
    fmt = forms.CharField(max_length=8, required=False)
