import os
from pathlib import Path

DATASET_DIR = Path(os.environ.get("ROBOTOFF_DATASET_DIR", "/opt/robotoff/datasets"))
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
NUM_HIGH_QUEUES = int(os.environ.get("NUM_HIGH_QUEUES", "4"))
STATIC_IMAGES_URL = "https://images.openfoodfacts.org/images/products"
