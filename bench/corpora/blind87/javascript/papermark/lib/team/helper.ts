import prisma from "../prisma";

export async function getTeamWithUsersAndDocument({ teamId, userId, docId }: { teamId: string; userId: string; docId?: string }) {
  const team = await prisma.team.findUnique({
    where: { id: teamId },
    include: { users: { select: { userId: true } }, documents: docId ? { where: { id: docId } } : false },
  });
  if (!team || !team.users.some((u) => u.userId === userId)) {
    throw new Error("Unauthorized to access this team");
  }
  return { team, document: team.documents?.[0] };
}
