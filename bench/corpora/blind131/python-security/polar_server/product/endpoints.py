from fastapi import APIRouter, Depends, Query

from polar_server.auth import ProductsRead, get_auth_subject
from polar_server.postgres import AsyncSession, get_db_session
from polar_server.product.repository import ProductRepository
from polar_server.product.sorting import ProductSortProperty

router = APIRouter(prefix="/products", tags=["products"])


@router.get("/")
async def list_products(
    sorting: list[str] = Query(default=["-created_at"]),
    auth_subject: ProductsRead = Depends(get_auth_subject),
    session: AsyncSession = Depends(get_db_session),
):
    repository = ProductRepository.from_session(session)
    return await repository.list_sorted(auth_subject.organization_id, sorting)


@router.get("/by-property")
async def list_products_by_property(
    sort_by: ProductSortProperty = ProductSortProperty.created_at,
    auth_subject: ProductsRead = Depends(get_auth_subject),
    session: AsyncSession = Depends(get_db_session),
):
    repository = ProductRepository.from_session(session)
    return await repository.list_by_property(auth_subject.organization_id, sort_by)
