from fastapi import APIRouter


class PrefectRouter(APIRouter):
    """An APIRouter that keeps the response model of each route in the schema."""
