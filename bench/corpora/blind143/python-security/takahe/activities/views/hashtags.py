from django.shortcuts import render
from django.views.generic import ListView

from activities.models.post import Post


class HashtagTimeline(ListView):
    template_name = "activities/hashtag.html"

    def get_queryset(self):
        hashtag = self.kwargs["hashtag"].lower()
        if self.request.GET.get("raw"):
            return Post.objects.raw_tagged(hashtag)
        return Post.objects.filter(hashtags__contains=[hashtag]).order_by("-published")[:50]


def post_detail(request, post_id):
    post = Post.objects.get(pk=int(post_id))
    return render(request, "activities/post.html", {"post": post, "summary": post.safe_summary(), "content": post.safe_content()})
