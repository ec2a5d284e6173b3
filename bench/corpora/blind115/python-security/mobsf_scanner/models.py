from django.db import connection, models


class RecentScansDB(models.Model):
    ANALYZER = models.CharField(max_length=50)
    SCAN_TYPE = models.CharField(max_length=10)
    FILE_NAME = models.CharField(max_length=260)
    APP_NAME = models.CharField(max_length=260)
    PACKAGE_NAME = models.CharField(max_length=260)
    MD5 = models.CharField(max_length=32, primary_key=True)

    @staticmethod
    def search_app(query):
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute("SELECT MD5, APP_NAME FROM StaticAnalyzer_recentscansdb WHERE APP_NAME LIKE '%%%s%%'" % query)
            return cursor.fetchall()

    @staticmethod
    def by_package(package):
        with connection.cursor() as cursor:
            cursor.execute("SELECT MD5 FROM StaticAnalyzer_recentscansdb WHERE PACKAGE_NAME = %s", [package])
            return cursor.fetchall()
