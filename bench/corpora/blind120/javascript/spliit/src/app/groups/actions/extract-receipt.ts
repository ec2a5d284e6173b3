'use server';
import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const BUCKET_ORIGIN = `https://${process.env.S3_UPLOAD_BUCKET}.s3.${process.env.S3_UPLOAD_REGION}.amazonaws.com/`;

export async function extractExpenseInformationFromImage(imageUrl: string) {
  // expect: ssrf
  const image = await fetch(imageUrl);
  const bytes = Buffer.from(await image.arrayBuffer()).toString('base64');
  return ask(`data:image/jpeg;base64,${bytes}`);
}

export async function extractFromUploadedImage(imageUrl: string) {
  if (!imageUrl.startsWith(BUCKET_ORIGIN)) throw new Error('unexpected image location');
  const image = await fetch(imageUrl);
  const bytes = Buffer.from(await image.arrayBuffer()).toString('base64');
  return ask(`data:image/jpeg;base64,${bytes}`);
}

async function ask(dataUrl: string) {
  const body = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: [{ type: 'text', text: 'Extract amount, date and title as JSON.' }, { type: 'image_url', image_url: { url: dataUrl } }] }],
  });
  return body.choices.at(0)?.message.content;
}
