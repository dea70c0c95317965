import "@/lib/server/server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/server/db";

export interface VerifyUserCredentialsOptions {
  loginName: string;
  password: string;
}

// Compared against when the login name is unknown, so that a wrong name and a wrong password
// take the same time and give the same answer.
const DUMMY_HASH = "$2b$10$knhKKREpWFsSKCDWCQQKJu8BAztIZAKuSRGmAf4UZKu/GlPNHa4yO";

/** The user for a login name and password, or null for any mismatch (one generic answer). */
export async function verifyUserCredentials(options: VerifyUserCredentialsOptions): Promise<{ id: string } | null> {
  const user = await db().user.findUnique({
    where: { loginName: options.loginName.trim() },
    select: { id: true, passwordHash: true, active: true },
  });
  const matches = await bcrypt.compare(options.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.active || !matches) return null;
  return { id: user.id };
}
