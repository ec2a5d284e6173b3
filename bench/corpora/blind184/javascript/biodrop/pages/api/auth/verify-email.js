import connectMongo from "@config/mongo";
import logger from "@config/logger";
import User from "@models/User";
import Profile from "@models/Profile";

export default async function handler(req, res) {
  if (req.method !== "POST") {
    return res.status(405).json({ error: "Method not allowed" });
  }

  await connectMongo();
  const { token, username } = req.body;
  if (!token) {
    return res.status(400).json({ error: "Missing token" });
  }

  // expect: nosql-injection
  const user = await User.findOne({ emailVerificationToken: token, emailVerificationExpires: { $gt: new Date() } });
  if (!user) {
    return res.status(404).json({ error: "Token is invalid or has expired" });
  }

  user.emailVerified = new Date();
  user.emailVerificationToken = undefined;
  await user.save();
  logger.info(`email verified for user ${user._id}`);

  if (typeof username === "string") {
    await Profile.updateOne({ username: username.toLowerCase(), user: user._id }, { $set: { isEmailVerified: true } });
  }
  return res.status(200).json({ verified: true });
}

export async function resendVerification(req, res) {
  await connectMongo();
  const email = String(req.body.email ?? "").toLowerCase();
  const user = await User.findOne({ email });
  if (!user || user.emailVerified) {
    return res.status(200).json({ sent: true });
  }
  return res.status(200).json({ sent: true, userId: user._id });
}
