"""Mongo models (mongoengine): observables and export templates."""
from jinja2 import Environment, Template, select_autoescape
from mongoengine import Document, ListField, StringField

SAFE_ENV = Environment(autoescape=select_autoescape(["html"]))


class Observable(Document):
    value = StringField(required=True)
    tags = ListField(StringField())

    @classmethod
    def add_text(cls, text, tags=()):
        return cls(value=text.strip(), tags=list(tags)).save()


class ExportTemplate(Document):
    name = StringField(required=True)
    template = StringField(default="{% for obj in elements %}{{ obj.value }}\n{% endfor %}")
    include_tags = ListField(StringField())

    def render(self, elements):
        # expect: template-injection
        return Template(self.template).render(elements=elements)

    def render_header(self, elements):
        return SAFE_ENV.get_template("export_header.html").render(name=self.name, count=len(elements))
