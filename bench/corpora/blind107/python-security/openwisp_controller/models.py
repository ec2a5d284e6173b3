from django.db import connection, models


class DeviceManager(models.Manager):
    def find_for_registration(self, mac, hardware_id):
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute("SELECT id FROM config_device WHERE mac_address = '%s' OR hardware_id = '%s'" % (mac, hardware_id))
            row = cursor.fetchone()
        return self.filter(pk=row[0]).first() if row else None

    def find_for_registration_safe(self, mac, hardware_id):
        with connection.cursor() as cursor:
            cursor.execute("SELECT id FROM config_device WHERE mac_address = %s OR hardware_id = %s", [mac, hardware_id])
            row = cursor.fetchone()
        return self.filter(pk=row[0]).first() if row else None

    def set_status(self, pk, status):
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE config_config SET status = '{status}' WHERE device_id = %s", [pk])

    def update_info(self, pk, model):
        with connection.cursor() as cursor:
            cursor.execute("UPDATE config_device SET model = %s WHERE id = %s", [model, pk])


class Device(models.Model):
    name = models.CharField(max_length=64)
    mac_address = models.CharField(max_length=17)
    management_ip = models.CharField(max_length=128, blank=True)
    hardware_id = models.CharField(max_length=64, blank=True)
    key = models.CharField(max_length=64)
    objects = DeviceManager()


class Template(models.Model):
    name = models.CharField(max_length=64)
    config_text = models.TextField()
