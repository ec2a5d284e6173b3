"""ORM models for the library."""
from sqlalchemy import ARRAY, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Book(Base):
    __tablename__ = "books"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    author: Mapped[str] = mapped_column(String(200), index=True)
    year: Mapped[int] = mapped_column(Integer)
    tags: Mapped[list[str]] = mapped_column(ARRAY(String(40)), default=list)
    cover_path: Mapped[str] = mapped_column(String(300), default="")


class Loan(Base):
    __tablename__ = "loans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    book_id: Mapped[int] = mapped_column(Integer, index=True)
    member: Mapped[str] = mapped_column(String(120))
    days: Mapped[int] = mapped_column(Integer, default=21)

    def overdue(self, today_ordinal: int, start_ordinal: int) -> bool:
        return today_ordinal - start_ordinal > self.days
