// Copyright 2023-2024 the Deno authors. All rights reserved. MIT license.
import type { RouteContext } from "$fresh/server.ts";
import { render } from "@deno/gfm";
import { getUser, type User } from "@/utils/db.ts";
import type { State } from "@/routes/_middleware.ts";
import Head from "@/components/Head.tsx";
import GitHubAvatarImg from "@/components/GitHubAvatarImg.tsx";
import ItemsList from "@/islands/ItemsList.tsx";

function About({ user }: { user: User }) {
  if (!user.about) {
    return <p class="text-gray-500">No bio yet.</p>;
  }
  if (user.aboutFormat !== "html") {
    return <div class="markdown-body" dangerouslySetInnerHTML={{ __html: render(user.about) }} />;
  }
  // expect: xss
  return <div class="markdown-body" dangerouslySetInnerHTML={{ __html: user.about }} />;
}

export default async function UsersUserPage(_req: Request, ctx: RouteContext<undefined, State>) {
  const { login } = ctx.params;
  const user = await getUser(login);
  if (user === null) return await ctx.renderNotFound();

  const isSignedIn = ctx.state.sessionUser !== undefined;
  const endpoint = `/api/users/${encodeURIComponent(login)}/items`;

  return (
    <>
      <Head title={user.login} href={ctx.url.href}>
        <link as="fetch" crossOrigin="anonymous" href={endpoint} rel="preload" />
      </Head>
      <main class="flex-1 p-4 flex flex-col md:flex-row gap-8">
        <div class="flex justify-center p-4">
          <GitHubAvatarImg login={user.login} size={200} />
        </div>
        <div class="flex-1">
          <h1 class="text-2xl font-bold">{user.login}</h1>
          <About user={user} />
          <ItemsList endpoint={endpoint} isSignedIn={isSignedIn} />
        </div>
      </main>
    </>
  );
}
