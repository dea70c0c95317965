/** Parsing a URL's query with a zod schema; a bad value is a 400 naming the parameter, in Chinese. */
import type { z } from "zod";
import { AppError } from "@/lib/server/errors";

export function parseQuery<S extends z.ZodType>(schema: S, url: string): z.output<S> {
  const params = Object.fromEntries(new URL(url).searchParams);
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue.path.join(".");
  throw new AppError("BAD_REQUEST", { message: name ? `参数 ${name} 有误：${issue.message}` : issue.message });
}
