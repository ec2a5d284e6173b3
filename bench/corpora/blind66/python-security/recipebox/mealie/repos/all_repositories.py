from functools import cached_property

from mealie.repos.repository_foods import RepositoryFoods
from mealie.repos.repository_recipes import RepositoryRecipes


class AllRepositories:
    def __init__(self, session, household):
        self.session = session
        self.household = household

    @cached_property
    def recipes(self) -> RepositoryRecipes:
        return RepositoryRecipes(self.session, self.household)

    @cached_property
    def foods(self) -> RepositoryFoods:
        return RepositoryFoods(self.session)
