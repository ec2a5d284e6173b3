"""Dashboard widgets: the newest and oldest records of a few models."""
from django.shortcuts import render

from .models import Deployment, Order, Post, Reading


def latest_post(request):
    # expect: use-earliest-or-latest
    post = Post.objects.order_by("-published_at")[0]
    return render(request, "dashboard/post.html", {"post": post})


def first_order(request, customer_id):
    # expect: use-earliest-or-latest
    order = Order.objects.filter(customer_id=customer_id).order_by("created_at")[0]
    return render(request, "dashboard/order.html", {"order": order})


def last_failed_deploy(request, env):
    deploy = (
        # expect: use-earliest-or-latest
        Deployment.objects.filter(environment=env).exclude(status="ok").order_by("-finished_at")[0]
    )
    return render(request, "dashboard/deploy.html", {"deploy": deploy})


class SensorWidget:
    model = Reading

    def current(self, sensor):
        # expect: use-earliest-or-latest
        return self.model.objects.all().order_by("-taken_at")[0]


def latest_post_fixed(request):
    post = Post.objects.latest("published_at")
    return render(request, "dashboard/post.html", {"post": post})


def first_order_fixed(request, customer_id):
    order = Order.objects.filter(customer_id=customer_id).order_by("created_at").first()
    return render(request, "dashboard/order.html", {"order": order})


def recent_posts(request):
    posts = Post.objects.order_by("-published_at")[:5]
    return render(request, "dashboard/posts.html", {"posts": posts})
