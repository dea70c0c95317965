/** An error a public API handler turns into a status with a Chinese message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what = "未找到请求的内容（单位不存在，或该年度报告尚未公开）") => new ApiError(404, what);
export const badRequest = (what: string) => new ApiError(400, what);
