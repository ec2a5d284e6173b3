import { prisma } from "../../db";
import { fetchTitleAndHeaders, fetchPublicTitle } from "../../utils/validateUrlSize";

export type LinkIncludingShortenedCollectionAndTags = {
  url?: string;
  name?: string;
  description?: string;
  collection: { id?: number; name?: string };
  tags: { name: string }[];
};

export default async function postLink(link: LinkIncludingShortenedCollectionAndTags, userId: number) {
  let title = link.name;
  let contentType: string | null = null;
  if (link.url && process.env.DISABLE_PRESERVATION === "true") {
    title ||= await fetchPublicTitle(link.url);
  } else if (link.url) {
    const meta = await fetchTitleAndHeaders(link.url);
    title ||= meta.title;
    contentType = meta.contentType;
  }
  return prisma.link.create({
    data: {
      url: link.url,
      name: title ?? "",
      description: link.description ?? "",
      type: contentType?.includes("pdf") ? "pdf" : "url",
      collection: { connect: { id: link.collection.id } },
      createdBy: { connect: { id: userId } },
    },
  });
}
