"use server";
import { revalidatePath } from "next/cache";
import { ZCreateUser, ZSetUserActive, ZUpdateUser, ZUserKey, ZUserScope } from "@/lib/admin/schemas";
import { createUser } from "@/lib/server/users/create-user";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { setUserScope } from "@/lib/server/users/set-user-scope";
import { updateUser } from "@/lib/server/users/update-user";
import { authedAction } from "./action-client";

const USERS = "/workspace/admin/users";

/** 新建用户: the one-time password comes back once, to be shown to the admin. */
export const createUserAction = authedAction(ZCreateUser, async (input, { actor }) => {
  const created = await createUser({ actor, input });
  revalidatePath(USERS, "layout");
  return { message: `已新建用户 ${created.loginName}`, loginName: created.loginName, oneTimePassword: created.oneTimePassword };
});

/** 保存用户 (name, role). */
export const updateUserAction = authedAction(ZUpdateUser, async (input, { actor }) => {
  await updateUser({ actor, input });
  revalidatePath(USERS, "layout");
  return { message: "已保存" };
});

/** 停用 / 启用. */
export const setUserActiveAction = authedAction(ZSetUserActive, async (input, { actor }) => {
  await setUserActive({ actor, loginName: input.loginName, active: input.active });
  revalidatePath(USERS, "layout");
  return { message: input.active ? "已启用" : "已停用" };
});

/** 重置密码: a new one-time password, shown once. */
export const resetUserPasswordAction = authedAction(ZUserKey, async (input, { actor }) => {
  const { oneTimePassword } = await resetUserPassword({ actor, loginName: input.loginName });
  revalidatePath(USERS, "layout");
  return { message: "已重置密码", loginName: input.loginName, oneTimePassword };
});

/** 添加或修改范围. */
export const setUserScopeAction = authedAction(ZUserScope, async (input, { actor }) => {
  await setUserScope({ actor, loginName: input.loginName, unitCode: input.unitCode, scope: { includeSubtree: input.includeSubtree } });
  revalidatePath(USERS, "layout");
  return { message: "已保存范围" };
});

/** 移除范围. */
export const removeUserScopeAction = authedAction(ZUserScope, async (input, { actor }) => {
  await setUserScope({ actor, loginName: input.loginName, unitCode: input.unitCode, scope: null });
  revalidatePath(USERS, "layout");
  return { message: "已移除范围" };
});
