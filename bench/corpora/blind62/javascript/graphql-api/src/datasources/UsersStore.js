import mongoose from 'mongoose';

const userSchema = new mongoose.Schema(
  {
    name: { type: String, required: true, index: true },
    email: { type: String, required: true, unique: true },
    role: { type: String, enum: ['customer', 'staff', 'admin'], default: 'customer' },
    passwordHash: { type: String, select: false },
  },
  { timestamps: true },
);

const User = mongoose.models.User || mongoose.model('User', userSchema);

const FILTERABLE = ['role', 'email', 'name'];

export class UsersStore {
  find(filter) {
    // expect: nosql-injection
    return User.find(filter).limit(100).lean();
  }

  findSafe(filter) {
    const query = {};
    for (const key of FILTERABLE) {
      if (typeof filter[key] === 'string') query[key] = filter[key];
    }
    return User.find(query).limit(100).lean();
  }

  byName(name) {
    // expect: nosql-injection
    return User.find({ $where: `this.name.toLowerCase() === '${String(name).toLowerCase()}'` }).lean();
  }

  byNameSafe(name) {
    const escaped = String(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return User.find({ name: { $regex: `^${escaped}$`, $options: 'i' } }).lean();
  }
}
