import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class ListDocsInput {
  @Field()
  workspaceId!: string;

  @Field({ nullable: true })
  keyword?: string;

  @Field({ nullable: true })
  orderBy?: string;

  @Field(() => Int, { nullable: true })
  first?: number;
}

@InputType()
export class InviteInput {
  @Field()
  email!: string;

  @Field({ nullable: true })
  message?: string;
}
