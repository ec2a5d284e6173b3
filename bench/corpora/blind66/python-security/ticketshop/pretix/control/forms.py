from django import forms


class OrderFilterForm(forms.Form):
    query = forms.CharField(required=False, max_length=200)
    status = forms.ChoiceField(required=False, choices=[("", "All"), ("n", "Pending"), ("p", "Paid"), ("c", "Canceled")])
    ordering = forms.CharField(required=False, max_length=50)


class BankImportForm(forms.Form):
    file = forms.FileField()
