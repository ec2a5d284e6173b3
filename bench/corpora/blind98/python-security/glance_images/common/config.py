"""Options the operator sets."""
ALLOWED_SCHEMES = ["http", "https"]
ALLOWED_HOSTS = ["images.example.org", "cloud-images.ubuntu.com"]
STAGING_DIR = "/var/lib/glance/staging"
