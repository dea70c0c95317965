"use server";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { ZChangePassword } from "@/lib/workspace/schemas";
import { authedAction } from "./action-client";

/** 修改密码. */
export const changePasswordAction = authedAction(
  ZChangePassword,
  async (input, { actor }) => {
    await changeOwnPassword({ actor, currentPassword: input.currentPassword, newPassword: input.newPassword });
    return { changed: true };
  },
  { allowWithOneTimePassword: true },
);
