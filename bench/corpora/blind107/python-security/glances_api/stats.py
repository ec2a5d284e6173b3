class _Plugin:
    def __init__(self, name):
        self.name = name
        self.stats = []

    def get_stats_value(self, item, value):
        return [s for s in self.stats if str(s.get(item)) == value]


class GlancesStats:
    PLUGINS = ("cpu", "mem", "load", "network", "fs", "processlist")

    def __init__(self):
        self._plugins = {name: _Plugin(name) for name in self.PLUGINS}

    def getPluginsList(self):
        return list(self._plugins)

    def get_plugin(self, name):
        return self._plugins[name]

    def getAllAsDict(self):
        return {name: p.stats for name, p in self._plugins.items()}
