# library: pony
from pony.orm import Database, Required, db_session

db = Database()


class Person(db.Entity):
    name = Required(str)
    city = Required(str)
    age = Required(int)


@db_session
def people_in_city(city):
    return Person.select_by_sql("SELECT * FROM Person WHERE city = $city")


@db_session
def older_than(age):
    min_age = int(age)
    return db.select("SELECT name FROM Person WHERE age > $min_age")


@db_session
def by_name_raw(name):
    # expect: sql-injection
    return Person.select_by_sql("SELECT * FROM Person WHERE name = '%s'" % name)


@db_session
def rename_city(old, new):
    # expect: sql-injection
    db.execute(f"UPDATE Person SET city = '{new}' WHERE city = '{old}'")


@db_session
def rename_city_safe(old, new):
    db.execute("UPDATE Person SET city = $new WHERE city = $old")
