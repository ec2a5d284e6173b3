from rest_framework import viewsets
from rest_framework.decorators import api_view
from rest_framework.response import Response

from ..helper.recipe_search import RecipeSearch
from ..helper.scrapers import fetch_recipe_image, fetch_recipe_page
from ..helper.template_helper import render_instructions, render_instructions_legacy
from ..models import Recipe
from ..serializer import RecipeFromSourceSerializer, StepPreviewSerializer


class RecipeViewSet(viewsets.ModelViewSet):
    queryset = Recipe.objects

    def get_queryset(self):
        params = {k: v for k, v in self.request.query_params.items() if k in ("query", "sort_order", "string_filter")}
        search = RecipeSearch(self.request, **params)
        return search.get_queryset(self.queryset.all())


@api_view(["POST"])
def step_preview(request):
    serializer = StepPreviewSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    step = dict(serializer.validated_data)
    html = render_instructions_legacy(step) if step.get("legacy") else render_instructions(step)
    return Response({"html": html})


@api_view(["POST"])
def recipe_from_source(request):
    serializer = RecipeFromSourceSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    data = serializer.validated_data
    page = fetch_recipe_page(data["url"]) if data.get("url") else ""
    image = fetch_recipe_image(data["image"]) if data.get("image") else b""
    return Response({"length": len(page), "image_bytes": len(image)})
