"""E-mail templates stored by managers and rendered later."""
from django.db import models
from django.template import Context, Engine, Template

PLAIN_ENGINE = Engine(autoescape=False)


class EmailTemplate(models.Model):
    name = models.CharField(max_length=1024, unique=True)
    subject = models.CharField(max_length=1024)
    plain_content = models.TextField()

    def render_subject(self, context):
        return Template("{{ subject_prefix }} {{ title }}", engine=PLAIN_ENGINE).render(Context(context))

    def render_body(self, context):
        # expect: template-injection
        return Template(self.plain_content, engine=PLAIN_ENGINE).render(Context(context))
