import { randomUUID } from "crypto";
import { S3Client, PutObjectCommand, CopyObjectCommand } from "@aws-sdk/client-s3";

const BUCKET = process.env.LANGFUSE_S3_MEDIA_UPLOAD_BUCKET ?? "langfuse-media";
const s3 = new S3Client({});

export const mediaService = {
  async ingestFromUrl(projectId: string, url: string, contentType: string) {
    // expect: ssrf
    const response = await fetch(url);
    const id = randomUUID();
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${projectId}/${id}`, Body: Buffer.from(await response.arrayBuffer()), ContentType: contentType }));
    return { id };
  },

  async copyFromBucket(projectId: string, bucketPath: string) {
    const id = randomUUID();
    await s3.send(new CopyObjectCommand({ Bucket: BUCKET, CopySource: `${BUCKET}/${projectId}/${encodeURIComponent(bucketPath)}`, Key: `${projectId}/${id}` }));
    return { id };
  },
};
