import {
  Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, UseMiddleware,
} from "type-graphql";
import { getConnection } from "typeorm";
import { Post } from "../entities/Post";
import { Updoot } from "../entities/Updoot";
import { isAuth } from "../middleware/isAuth";
import { MyContext } from "../types";
import { searchPosts, suggestTitles } from "../utils/searchPosts";

@InputType()
class PostInput {
  @Field() title: string;
  @Field() text: string;
}

@ObjectType()
class PaginatedPosts {
  @Field(() => [Post]) posts: Post[];
  @Field() hasMore: boolean;
}

@Resolver(Post)
export class PostResolver {
  @FieldResolver(() => String)
  textSnippet(@Root() post: Post) {
    return post.text.slice(0, 50);
  }

  @Query(() => PaginatedPosts)
  async posts(
    @Arg("limit", () => Int) limit: number,
    @Arg("cursor", () => String, { nullable: true }) cursor: string | null
  ): Promise<PaginatedPosts> {
    const realLimit = Math.min(50, limit);
    const replacements: any[] = [realLimit + 1];
    if (cursor) replacements.push(new Date(parseInt(cursor)));
    const posts = await getConnection().query(
      `select p.* from post p ${cursor ? `where p."createdAt" < $2` : ""} order by p."createdAt" DESC limit $1`,
      replacements
    );
    return { posts: posts.slice(0, realLimit), hasMore: posts.length === realLimit + 1 };
  }

  @Query(() => [Post])
  search(
    @Arg("term") term: string,
    @Arg("mine", { defaultValue: false }) mine: boolean,
    @Ctx() { req }: MyContext
  ): Promise<Post[]> {
    return searchPosts({ term, limit: 20, creatorId: mine ? req.session.userId : undefined });
  }

  @Query(() => [Post])
  suggest(@Arg("term") term: string) {
    return suggestTitles(term.slice(0, 40));
  }

  @Mutation(() => Boolean)
  @UseMiddleware(isAuth)
  async vote(@Arg("postId", () => Int) postId: number, @Arg("value", () => Int) value: number, @Ctx() { req }: MyContext) {
    const realValue = value !== -1 ? 1 : -1;
    const { userId } = req.session;
    const updoot = await Updoot.findOne({ where: { postId, userId } });
    if (updoot && updoot.value === realValue) return false;
    await getConnection().transaction(async (tm) => {
      if (updoot) await tm.query(`update updoot set value = $1 where "postId" = $2 and "userId" = $3`, [realValue, postId, userId]);
      else await tm.query(`insert into updoot ("userId", "postId", value) values ($1, $2, $3)`, [userId, postId, realValue]);
      await tm.query(`update post set points = points + ${updoot ? 2 * realValue : realValue} where id = $1`, [postId]);
    });
    return true;
  }

  @Mutation(() => Post)
  @UseMiddleware(isAuth)
  createPost(@Arg("input") input: PostInput, @Ctx() { req }: MyContext): Promise<Post> {
    return Post.create({ ...input, creatorId: req.session.userId }).save();
  }
}
