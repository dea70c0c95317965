import "@/lib/server/server-only";
import { randomInt } from "node:crypto";
import bcrypt from "bcryptjs";

// No 0/O, 1/l/I: the password is read off a screen and typed by someone else.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password (14 characters, ~80 bits) and its bcrypt hash. Shown once, never stored in clear. */
export async function oneTimePassword(): Promise<{ password: string; hash: string }> {
  let password = "";
  for (let i = 0; i < 14; i++) password += ALPHABET[randomInt(ALPHABET.length)];
  return { password, hash: await bcrypt.hash(password, 10) };
}
