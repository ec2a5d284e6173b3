"""Forms of the messages app."""
from django import forms
from django.contrib.auth import get_user_model


class NewMessageForm(forms.Form):
    to_user = forms.ModelMultipleChoiceField(queryset=get_user_model().objects.all())
    subject = forms.CharField(max_length=150)
    content = forms.CharField(widget=forms.Textarea)


class MessageReplyForm(forms.Form):
    content = forms.CharField(widget=forms.Textarea)

    def __init__(self, *args, **kwargs):
        self.user = kwargs.pop("user")
        self.thread = kwargs.pop("thread")
        super().__init__(*args, **kwargs)
