"""URL routes of the bookings app."""
from django.urls import include, path, re_path

from . import api, views

app_name = "bookings"

api_patterns = [
    path("venues/", api.VenueList.as_view(), name="api-venues"),
    path("venues/<int:pk>/", api.VenueDetail.as_view(), name="api-venue"),
    path("bookings/", api.BookingList.as_view(), name="api-bookings"),
]

urlpatterns = [
    path("", views.index, name="index"),
    path("venues/", views.venues, name="venues"),
    path("bookings/", views.bookings, name="bookings"),
    # expect: duplicate-route
    path("venues/", views.venue_search, name="venue-search"),
    path("venues/search/", views.venue_search, name="venue-search-page"),
    path("bookings/<int:pk>/", views.booking_detail, name="booking-detail"),
    path("bookings/<int:pk>/edit/", views.booking_edit, name="booking-edit"),
    re_path(r"^archive/(?P<year>[0-9]{4})/$", views.archive, name="archive"),
    path("api/", include(api_patterns)),
]

handler404 = "bookings.views.not_found"
