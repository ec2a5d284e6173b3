class ViewFilterType:
    type = None
    operator = "="

    def sql(self, column):
        return f'"{column}" {self.operator} %s'


class EqualViewFilterType(ViewFilterType):
    type = "equal"
    operator = "="


class ContainsViewFilterType(ViewFilterType):
    type = "contains"
    operator = "ILIKE"


class Registry:
    def __init__(self):
        self.registry = {}

    def register(self, instance):
        self.registry[instance.type] = instance

    def get(self, type_name):
        try:
            return self.registry[type_name]
        except KeyError:
            raise ValueError(f"unknown filter type {type_name!r}")


view_filter_type_registry = Registry()
view_filter_type_registry.register(EqualViewFilterType())
view_filter_type_registry.register(ContainsViewFilterType())
