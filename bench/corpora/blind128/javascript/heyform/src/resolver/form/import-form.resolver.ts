import { Args, Mutation, Resolver } from '@nestjs/graphql'
import { Auth, Team } from '@decorator'
import { ImportFormInput } from '@graphql'
import { FormService, ImportService } from '@service'
import { TeamModel } from '@model'

@Resolver()
@Auth()
export class ImportFormResolver {
  constructor(
    private readonly importService: ImportService,
    private readonly formService: FormService
  ) {}

  @Mutation(returns => String)
  async importExternalForm(@Team() team: TeamModel, @Args('input') input: ImportFormInput): Promise<string> {
    const { url, typeformId } = input
    const source = typeformId
      ? await this.importService.fetchTypeform(typeformId)
      : await this.importService.fetchByUrl(url)
    const form = await this.formService.create(team.id, source.title, source.fields)
    return form.id
  }
}
