"""Extras REST API: config templates and webhooks."""
from django.shortcuts import get_object_or_404
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.viewsets import ViewSet

from extras.models import ConfigTemplate, Webhook
from extras.rendering import render_jinja2, render_sandboxed
from extras.webhooks import enqueue_webhook
from netbox.api.viewsets import NetBoxModelViewSet


class ConfigTemplateViewSet(NetBoxModelViewSet):
    queryset = ConfigTemplate.objects.all()

    @action(detail=True, methods=["post"])
    def render(self, request, pk):
        template = self.get_object()
        context = request.data.get("context", {}) if isinstance(request.data, dict) else {}
        output = render_sandboxed(template.template_code, context)
        return Response({"content": output})


class TemplatePreviewViewSet(ViewSet):
    def create(self, request):
        template_code = request.data.get("template_code", "")
        context = request.data.get("context") or {}
        return Response({"content": render_jinja2(template_code, context)})


class WebhookViewSet(NetBoxModelViewSet):
    queryset = Webhook.objects.all()

    @action(detail=False, methods=["post"])
    def test(self, request):
        options = {
            "url": request.data.get("payload_url", ""),
            "http_method": "POST",
            "content_type": "application/json",
        }
        job = enqueue_webhook(options, {"event": "test"})
        return Response({"job": job})

    @action(detail=True, methods=["post"])
    def redeliver(self, request, pk):
        webhook = get_object_or_404(Webhook, pk=pk)
        options = {
            "url": webhook.payload_url,
            "http_method": webhook.http_method,
            "content_type": webhook.http_content_type,
            "note": request.data.get("note", ""),
        }
        job = enqueue_webhook(options, {"event": "redeliver"}, saved=True)
        return Response({"job": job})
