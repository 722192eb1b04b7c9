/**
 * Commerce customer uids are e-mail addresses compared case-insensitively;
 * the index stores them in this normal form.
 */
export function ownerKey(uid: string): string {
  return uid.trim().toLowerCase();
}
