/**
 * The password policy for a new password (change-password form, action and DAL; the admin screens
 * should use it too). Pure: the browser shows the same messages. Sign-in is not affected, so
 * existing passwords keep working until they are changed.
 */
export const PASSWORD_MIN_LENGTH = 12;

// The most common passwords (and their Chinese-keyboard favourites) that reach 12 characters, as
// found in public breach lists; shorter ones already fail the length rule.
const COMMON = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456789000",
  "111111111111",
  "000000000000",
  "123123123123",
  "123321123321",
  "qwertyuiopas",
  "qwertyuiop123",
  "qwerty123456",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "1qaz2wsx3edc4rfv",
  "zaq12wsxcde3",
  "qazwsxedcrfv",
  "asdfghjkl123",
  "password1234",
  "password123456",
  "passw0rd1234",
  "p@ssw0rd1234",
  "p@ssword1234",
  "administrator",
  "admin1234567",
  "admin123456789",
  "woaini1314520",
  "woaini520520",
  "5201314520131",
  "aa123456789012",
  "abc123456789",
  "abcd12345678",
  "abcdefghijkl",
  "iloveyou1234",
  "welcome12345",
  "changeme1234",
  "letmein12345",
  "sunshine1234",
  "football1234",
  "princess1234",
  "baseball1234",
  "1234qwerasdf",
  "qwer1234asdf",
  "a123456789012",
  "123456abcdef",
  "987654321000",
  "147258369147",
  "159357159357",
  "147852369147",
  "zxcvbnm12345",
  "zxcvbnmasdfg",
  "gongkai12345",
  "gongkai123456",
  "juesuan12345",
  "caiwu1234567",
]);

function isTrivialPattern(password: string): boolean {
  if (/^(.)\1+$/.test(password)) return true; // one character repeated
  if (/^(.{1,4})\1+$/.test(password)) return true; // a short block repeated ("abcabcabcabc")
  const codes = [...password].map((c) => c.charCodeAt(0));
  const steps = new Set(codes.slice(1).map((c, i) => c - codes[i]));
  return steps.size === 1 && [...steps].every((s) => Math.abs(s) === 1); // "123456789012"-like runs
}

/** The reason a new password is refused, in Chinese, or null when it is acceptable. */
export function newPasswordProblem(password: string, loginName?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `新密码至少 ${PASSWORD_MIN_LENGTH} 个字符`;
  const folded = password.toLowerCase();
  if (COMMON.has(folded) || isTrivialPattern(folded)) return "新密码过于常见或有规律，请换一个不易猜到的密码";
  const name = loginName?.trim().toLowerCase();
  if (name && name.length >= 3 && folded.includes(name)) return "新密码不能包含登录名";
  return null;
}
