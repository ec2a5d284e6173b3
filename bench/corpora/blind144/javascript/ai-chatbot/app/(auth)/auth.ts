import NextAuth from "next-auth";

export const { handlers, auth, signIn, signOut } = NextAuth({
  pages: { signIn: "/login", newUser: "/" },
  providers: [],
  callbacks: {
    async redirect({ url, baseUrl }) {
      return url.startsWith(baseUrl) ? url : baseUrl;
    },
  },
});
