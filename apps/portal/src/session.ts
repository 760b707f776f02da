import type { LoginResponse, User } from '@kehoach/sdk';

/**
 * The signed-in account, kept in sessionStorage for this tab only: closed with the tab, never in
 * a URL, a cookie or an attribute. Widgets receive the token through their `token` property.
 */
export interface Session {
  token: string;
  expiresAt: string;
  user: User;
}

const KEY = 'kehoach.session';

export function readSession(now = Date.now()): Session | null {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Session;
    if (typeof s?.token !== 'string' || !s.user || Date.parse(s.expiresAt) <= now) {
      clearSession();
      return null;
    }
    return s;
  } catch {
    clearSession();
    return null;
  }
}

export function saveSession(login: LoginResponse): Session {
  const s: Session = { token: login.token, expiresAt: login.expiresAt, user: login.user };
  sessionStorage.setItem(KEY, JSON.stringify(s));
  return s;
}

export function clearSession(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // storage disabled: nothing kept
  }
}
