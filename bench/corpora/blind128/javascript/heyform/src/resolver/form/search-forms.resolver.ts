import { Args, Query, Resolver } from '@nestjs/graphql'
import { Auth, Team } from '@decorator'
import { SearchFormInput, FormType } from '@graphql'
import { FormService } from '@service'
import { TeamModel } from '@model'

@Resolver()
@Auth()
export class SearchFormsResolver {
  constructor(private readonly formService: FormService) {}

  @Query(returns => [FormType])
  async searchForms(@Team() team: TeamModel, @Args('input') input: SearchFormInput): Promise<FormType[]> {
    const { keyword = '', mode = 'contains' } = input
    if (mode === 'exact') {
      return this.formService.findByName(team.id, keyword)
    }
    return this.formService.searchByKeyword(team.id, keyword)
  }
}
