from alerta_api.plugins.forward import ForwardWebhook, RoutedWebhook

_PLUGINS = [ForwardWebhook(), RoutedWebhook()]


def loaded_plugins():
    return list(_PLUGINS)
