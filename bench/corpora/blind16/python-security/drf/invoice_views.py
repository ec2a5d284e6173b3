# library: djangorestframework
from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Article, Invoice
from .serializers import ArticleSerializer, InvoiceSerializer


class InvoiceViewSet(viewsets.ModelViewSet):
    queryset = Invoice.objects.all()
    serializer_class = InvoiceSerializer
    # expect: missing-authorization
    permission_classes = [permissions.AllowAny]


class MyInvoiceViewSet(viewsets.ModelViewSet):
    serializer_class = InvoiceSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Invoice.objects.filter(owner=self.request.user)


class PublicArticleViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    queryset = Article.objects.filter(published=True)
    serializer_class = ArticleSerializer
    permission_classes = [permissions.AllowAny]


class ArticleAdminViewSet(viewsets.ModelViewSet):
    queryset = Article.objects.all()
    serializer_class = ArticleSerializer
    permission_classes = [permissions.IsAdminUser]

    # expect: missing-authorization
    @action(detail=True, methods=["post"], permission_classes=[permissions.AllowAny])
    def unpublish(self, request, pk=None):
        article = self.get_object()
        article.published = False
        article.save()
        return Response({"ok": True})
