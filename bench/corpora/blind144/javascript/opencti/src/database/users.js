import bcrypt from 'bcryptjs';

const users = [];

export const findUserByEmail = async (email) => users.find((u) => u.user_email === String(email).toLowerCase());

export const verifyPassword = async (user, password) => bcrypt.compare(String(password), user.password);
