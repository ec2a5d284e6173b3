from django import forms


class ProductSearchForm(forms.Form):
    upc = forms.CharField(max_length=64, required=False)
    title = forms.CharField(max_length=255, required=False)
    sort = forms.CharField(required=False)
    partner_sku = forms.CharField(required=False)

    def clean(self):
        cleaned_data = super().clean()
        cleaned_data["upc"] = cleaned_data["upc"].strip()
        cleaned_data["title"] = cleaned_data["title"].strip()
        return cleaned_data
