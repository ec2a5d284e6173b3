"""Celery tasks: emails to voters render the admin's subject and message."""
from celery import shared_task
from django.template import Context, Template

from helios.models import Election, Voter
from helios.view_utils import render_template_raw


@shared_task
def voters_email(election_id, subject_template, body_template, extra_vars=None, subject_is_template=False):
    election = Election.objects.get(id=election_id)
    extra_vars = extra_vars or {}
    for voter in Voter.objects.filter(election=election):
        context = dict(extra_vars, voter=voter, election=election)
        if subject_is_template:
            # expect: template-injection
            subject = Template(extra_vars.get("custom_subject", "")).render(Context(context))
        else:
            subject = render_template_raw(None, subject_template, context)
        body = render_template_raw(None, body_template, context)
        voter.send_message(subject, body)
