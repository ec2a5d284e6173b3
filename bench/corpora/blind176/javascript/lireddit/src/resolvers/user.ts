import { Arg, Ctx, Int, Mutation, Query, Resolver, UseMiddleware } from "type-graphql";
import { GraphQLUpload, FileUpload } from "graphql-upload";
import argon2 from "argon2";
import { v4 } from "uuid";
import { User } from "../entities/User";
import { Post } from "../entities/Post";
import { isAuth } from "../middleware/isAuth";
import { MyContext } from "../types";
import { sendEmail } from "../utils/sendEmail";
import { saveAvatar, savePostAttachment } from "../utils/saveUpload";
import { FORGET_PASSWORD_PREFIX } from "../constants";

@Resolver(User)
export class UserResolver {
  @Query(() => User, { nullable: true })
  me(@Ctx() { req }: MyContext) {
    if (!req.session.userId) return null;
    return User.findOne(req.session.userId);
  }

  @Mutation(() => Boolean)
  async forgotPassword(@Arg("email") email: string, @Ctx() { redis }: MyContext) {
    const user = await User.findOne({ where: { email } });
    if (!user) return true;
    const token = v4();
    await redis.set(FORGET_PASSWORD_PREFIX + token, user.id, "ex", 1000 * 60 * 60 * 24 * 3);
    await sendEmail(email, `<a href="${process.env.CORS_ORIGIN}/change-password/${token}">reset password</a>`);
    return true;
  }

  @Mutation(() => Boolean)
  async changePassword(@Arg("token") token: string, @Arg("newPassword") newPassword: string, @Ctx() { redis, req }: MyContext) {
    const key = FORGET_PASSWORD_PREFIX + token;
    const userId = await redis.get(key);
    if (!userId || newPassword.length <= 2) return false;
    await User.update({ id: parseInt(userId) }, { password: await argon2.hash(newPassword) });
    await redis.del(key);
    req.session.userId = parseInt(userId);
    return true;
  }

  @Mutation(() => String)
  @UseMiddleware(isAuth)
  async uploadAvatar(@Arg("file", () => GraphQLUpload) file: FileUpload, @Ctx() { req }: MyContext) {
    const url = await saveAvatar(file, req.session.userId!);
    await User.update({ id: req.session.userId }, { avatarUrl: url });
    return url;
  }

  @Mutation(() => String)
  @UseMiddleware(isAuth)
  async attachToPost(
    @Arg("postId", () => Int) postId: number,
    @Arg("file", () => GraphQLUpload) file: FileUpload,
    @Ctx() { req }: MyContext
  ) {
    const post = await Post.findOne({ where: { id: postId, creatorId: req.session.userId } });
    if (!post) throw new Error("not your post");
    return savePostAttachment(file, postId);
  }
}
