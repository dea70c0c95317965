/**
 * How long a sign-in lasts. Pure constants shared by next-auth's options and the session store.
 * A session ends at the first of: sign-out, SESSION_LIFETIME after sign-in (however active the
 * user is), SESSION_IDLE without a request, or a change to the user's password, role, active
 * flag or scopes (users.session_version, raised by a trigger).
 */
export const SESSION_LIFETIME_SECONDS = 8 * 60 * 60;
export const SESSION_IDLE_SECONDS = 30 * 60;
/** last_seen_at is written at most this often per session (one UPDATE a minute, not per request). */
export const SESSION_TOUCH_SECONDS = 60;
