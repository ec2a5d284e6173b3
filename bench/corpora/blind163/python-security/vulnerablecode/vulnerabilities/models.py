"""Query sets of the vulnerability models (only the query methods are shown)."""
from django.db import models


class PackageQuerySet(models.QuerySet):
    def for_purl(self, purl):
        """Packages matching every given part of a PackageURL."""
        lookups = {"type": purl.type, "name": purl.name}
        if purl.namespace:
            lookups["namespace"] = purl.namespace
        if purl.version:
            lookups["version"] = purl.version
        return self.filter(**lookups)

    def search(self, query):
        return self.filter(models.Q(name__icontains=query) | models.Q(namespace__icontains=query))


class VulnerabilityQuerySet(models.QuerySet):
    def with_severity(self, scoring_system, minimum):
        """Vulnerabilities having a score of at least `minimum` in a scoring system."""
        # expect: sql-injection
        return self.raw(f"SELECT v.* FROM vulnerabilities_vulnerability v JOIN vulnerabilities_vulnerabilityseverity s ON s.vulnerability_id = v.id WHERE s.scoring_system = '{scoring_system}' AND CAST(s.value AS float) >= %s", [minimum])

    def search_by_alias(self, alias):
        return self.raw(
            "SELECT v.* FROM vulnerabilities_vulnerability v JOIN vulnerabilities_alias a "
            "ON a.vulnerability_id = v.id WHERE a.alias = %s",
            [alias],
        )

    def with_package_count(self):
        return self.annotate(package_count=models.Count("affecting_packages", distinct=True))


class Package(models.Model):
    type = models.CharField(max_length=16)
    namespace = models.CharField(max_length=255, blank=True)
    name = models.CharField(max_length=255)
    version = models.CharField(max_length=100, blank=True)
    objects = PackageQuerySet.as_manager()


class Vulnerability(models.Model):
    vulnerability_id = models.CharField(max_length=20, unique=True)
    summary = models.TextField(blank=True)
    objects = VulnerabilityQuerySet.as_manager()


class LiveEvaluationRequest(models.Model):
    purl = models.CharField(max_length=1024)
    source_url = models.URLField(blank=True)
    requested_by = models.ForeignKey("auth.User", null=True, on_delete=models.SET_NULL)
    status = models.CharField(max_length=16, default="queued")
