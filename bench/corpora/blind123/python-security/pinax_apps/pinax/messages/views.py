"""Views of the private messages app."""
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.utils.decorators import method_decorator
from django.views.generic import CreateView, DetailView, TemplateView

from .forms import MessageReplyForm, NewMessageForm
from .models import Message, Thread


@method_decorator(login_required, name="dispatch")
class InboxView(TemplateView):
    template_name = "pinax/messages/inbox.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["threads"] = Thread.inbox(self.request.user)
        context["found"] = Thread.search(self.request.user, self.request.GET.get("q", ""))
        return context


@method_decorator(login_required, name="dispatch")
class MessageCreateView(CreateView):
    form_class = NewMessageForm

    def form_valid(self, form):
        Message.new_message(self.request.user, form.cleaned_data["to_user"], form.cleaned_data["subject"], form.cleaned_data["content"])
        return redirect("pinax_messages:inbox")


@method_decorator(login_required, name="dispatch")
class ThreadView(DetailView):
    model = Thread

    def get_queryset(self):
        return Thread.objects.filter(Q(userthread__user=self.request.user)).distinct()

    def post(self, request, pk):
        thread = get_object_or_404(self.get_queryset(), pk=pk)
        form = MessageReplyForm(request.POST, user=request.user, thread=thread)
        if form.is_valid():
            Message.new_reply(thread, request.user, form.cleaned_data["content"])
        return redirect(thread)
