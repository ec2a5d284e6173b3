from django import forms
from django.shortcuts import redirect, render

from opencve_app.notifications.tasks import send_test_notification
from opencve_app.users.models import Integration


class WebhookForm(forms.Form):
    name = forms.CharField(max_length=64)
    url = forms.URLField()
    headers = forms.JSONField(required=False)


def integration_create(request):
    form = WebhookForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        integration = Integration.objects.create(
            user=request.user,
            type="webhook",
            configuration={"url": form.cleaned_data["url"], "headers": form.cleaned_data["headers"] or {}},
        )
        send_test_notification.delay(integration.pk)
        return redirect("settings_integrations")
    return render(request, "users/integration_form.html", {"form": form})
