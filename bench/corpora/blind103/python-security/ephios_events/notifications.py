from django.template import Context, Template
from django.utils.html import escape


def render_event_notification(event, participant_name):
    # expect: template-injection
    template = Template(event.notification_text)
    return template.render(Context({"event": event, "participant": participant_name}))


def render_fixed_notification(event, participant_name):
    template = Template("Hello {{ participant }}, you are signed up for {{ event.title }}.")
    return template.render(Context({"event": event, "participant": escape(participant_name)}))
