"""Adjudicator feedback submitted on public forms, shown to the tab room."""
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe


def render_answer_card(answer):
    # answer.text was typed by a participant on the public feedback form
    # expect: xss
    return mark_safe(f"<blockquote class='feedback'>{answer.text}</blockquote><small>{escape(answer.source_name)}</small>")


def render_answer_card_escaped(answer):
    return format_html("<blockquote class='feedback'>{}</blockquote><small>{}</small>", answer.text, answer.source_name)


def render_answer_list(answers):
    return format_html_join("\n", "<li>{}: {}</li>", ((a.question, a.text) for a in answers))
