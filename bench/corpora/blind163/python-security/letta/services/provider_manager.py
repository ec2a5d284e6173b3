"""Provider manager: talks to OpenAI-compatible endpoints to list models."""
import logging

import httpx

from letta.settings import model_settings

logger = logging.getLogger(__name__)
KNOWN_BASE_URLS = {
    "openai": "https://api.openai.com/v1",
    "anthropic": "https://api.anthropic.com/v1",
    "groq": "https://api.groq.com/openai/v1",
    "together": "https://api.together.ai/v1",
}


class ProviderManager:
    def __init__(self, session_maker):
        self.session_maker = session_maker

    def _models_from(self, response):
        response.raise_for_status()
        return [item.get("id") for item in response.json().get("data", []) if item.get("id")]

    def list_models_at(self, base_url, api_key):
        """List models of a self-hosted OpenAI-compatible server the user names."""
        url = base_url.rstrip("/") + "/models"
        # expect: ssrf
        response = httpx.get(url, headers={"Authorization": f"Bearer {api_key}"}, timeout=15.0)
        return self._models_from(response)

    def list_models_known(self, provider_type, api_key):
        base_url = KNOWN_BASE_URLS.get(provider_type)
        if base_url is None:
            return []
        response = httpx.get(f"{base_url}/models", headers={"Authorization": f"Bearer {api_key}"}, timeout=15.0)
        return self._models_from(response)

    def list_configured_models(self, provider_type):
        """Models of the provider configured by the operator in the server settings."""
        base_url = getattr(model_settings, f"{provider_type}_api_base", None)
        key = getattr(model_settings, f"{provider_type}_api_key", None)
        if not base_url or not key:
            return []
        response = httpx.get(f"{base_url}/models", headers={"Authorization": f"Bearer {key}"}, timeout=15.0)
        return self._models_from(response)
