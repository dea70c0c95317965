/**
 * next-auth answers a failed sign-in with 200 (JSON) or a redirect carrying `?error=`; when the
 * cause was the database being down (authorize threw SERVICE_UNAVAILABLE), the answer becomes a
 * 503 so that the form, monitoring and any caller see an outage, not a wrong password.
 */
export async function withOutageStatus(response: Response): Promise<Response> {
  let target = response.headers.get("location") ?? "";
  if (!target && response.headers.get("content-type")?.includes("application/json")) {
    target = String(
      (
        (await response
          .clone()
          .json()
          .catch(() => ({}))) as { url?: unknown }
      ).url ?? "",
    );
  }
  if (!/[?&]error=SERVICE_UNAVAILABLE(&|$)/.test(target)) return response;
  const headers = new Headers(response.headers);
  headers.delete("location");
  headers.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify({ url: target, message: "服务暂时不可用，请稍后再试" }), { status: 503, headers });
}
