"""A tiny service registry: components register handlers, views call them."""
import logging

_LOGGER = logging.getLogger(__name__)


class ServiceCall:
    def __init__(self, domain, service, data):
        self.domain = domain
        self.service = service
        self.data = data


class ServiceRegistry:
    def __init__(self):
        self._services = {}

    def async_register(self, domain, service, handler):
        self._services.setdefault(domain, {})[service] = handler

    def has_service(self, domain, service):
        return service in self._services.get(domain, {})

    async def async_call(self, domain, service, service_data=None):
        handler = self._services[domain][service]
        _LOGGER.debug("Calling %s.%s", domain, service)
        return await handler(ServiceCall(domain, service, service_data or {}))


class HomeAssistant:
    def __init__(self, config_dir):
        self.services = ServiceRegistry()
        self.data = {}
        self.config_dir = config_dir

    def path(self, *parts):
        import os

        return os.path.join(self.config_dir, *parts)
