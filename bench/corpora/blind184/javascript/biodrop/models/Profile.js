import mongoose from "mongoose";

const ProfileSchema = new mongoose.Schema(
  {
    source: { type: String, enum: ["file", "database"], default: "database" },
    isEnabled: { type: Boolean, default: true },
    isShadowBanned: { type: Boolean, default: false },
    isEmailVerified: { type: Boolean, default: false },
    user: { type: mongoose.Schema.Types.ObjectId, ref: "User" },
    username: { type: String, required: true, unique: true, lowercase: true, trim: true },
    name: { type: String, required: true, maxLength: 64 },
    bio: { type: String, maxLength: 256, default: "" },
    tags: { type: [String], default: [] },
    location: {
      provided: String,
      name: String,
      lat: Number,
      lon: Number,
    },
    views: { type: Number, default: 0 },
    links: [{ type: mongoose.Schema.Types.ObjectId, ref: "Link" }],
  },
  { timestamps: true },
);

ProfileSchema.index({ username: 1 });
ProfileSchema.index({ tags: 1 });

ProfileSchema.pre("save", function trimBio(next) {
  if (this.bio) {
    this.bio = this.bio.trim();
  }
  next();
});

ProfileSchema.methods.publicFields = function publicFields() {
  return {
    username: this.username,
    name: this.name,
    bio: this.bio,
    tags: this.tags,
  };
};

module.exports = mongoose.models.Profile || mongoose.model("Profile", ProfileSchema);
