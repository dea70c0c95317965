import "@/lib/server/server-only";
import { AppError } from "@/lib/server/errors";
import { getOpenDataState, type OpenDataState } from "./get-open-data-state";

/** For the open-data routes: the year named by the URL segment (e.g. "2020" or "2020.zip") or a 400/404 AppError. */
export async function requireOpenDataYear(segment: string, suffix = ""): Promise<OpenDataState> {
  const match = new RegExp(`^(\\d{4})${suffix.replace(".", "\\.")}$`).exec(segment);
  if (!match) throw new AppError("BAD_REQUEST", { message: `年度应为四位数字，例如 2020${suffix}` });
  const state = await getOpenDataState({ year: Number(match[1]) });
  if (!state) throw new AppError("NOT_FOUND", { message: "系统中没有这个年度" });
  return state;
}
