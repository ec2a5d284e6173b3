from django import forms

SERVICE_TYPES = (("WMS", "Web Map Service"), ("REST_MAP", "ArcGIS REST MapServer"))


class CreateServiceForm(forms.Form):
    url = forms.CharField(max_length=512)
    type = forms.ChoiceField(choices=SERVICE_TYPES)
