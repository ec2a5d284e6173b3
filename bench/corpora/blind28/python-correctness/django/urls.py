from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("events/", views.event_list, name="event-list"),
    path("events/new/", views.event_create, name="event-create"),
    path("events/<slug:slug>/", views.event_detail, name="event-detail"),
    # expect: duplicate-route
    path("events/", views.event_list, name="event-list"),
    # expect: duplicate-route
    path("events/new/", views.event_wizard, name="event-wizard"),
    path("tickets/", views.ticket_list, name="tickets"),
    # expect: duplicate-route
    path("tickets/", views.ticket_list, name="ticket-list"),
    # expect: duplicate-route
    path("calendar/", views.calendar, name="event-list"),
    path("", include("accounts.urls")),
    path("", include("payments.urls")),
    path("feeds/", views.feed, name="feed"),
    path("feeds/atom/", views.feed, name="feed-atom"),
]
