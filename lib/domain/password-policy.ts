// 等保 2.0: at least 8 characters and three of four character classes.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/] as const;

export function countCharacterClasses(password: string): number {
  return CLASSES.filter((re) => re.test(password)).length;
}

export type TPasswordProblem = "tooShort" | "tooLong" | "tooSimple";

export function checkPassword(password: string): TPasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "tooLong";
  if (countCharacterClasses(password) < 3) return "tooSimple";
  return null;
}

/**
 * A password must not contain the account name (case-insensitively): the
 * first thing a guesser tries. Names are at least 3 characters.
 */
export function passwordContainsAccount(password: string, account: string): boolean {
  return account.length >= 3 && password.toLowerCase().includes(account.toLowerCase());
}
