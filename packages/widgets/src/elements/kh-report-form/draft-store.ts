/** What the form keeps on the device between reloads. */
export interface LocalDraft {
  /** When it was written (ISO instant). */
  savedAt: string;
  /** Server version the edits started from; null before the first server save. */
  baseVersion: number | null;
  /** Raw field texts by path, as typed (so "12,5" and even "abc" come back as they were). */
  values: Record<string, string>;
  /**
   * Set when these values are the server's copy of that version (written right after a save):
   * nothing typed since, so on the next visit the draft is the server's, not this device's.
   */
  synced?: number | undefined;
  /** Idempotency-Key of a submission not yet confirmed, with the body it was made for. */
  pending?: { key: string; body: string } | undefined;
}

/**
 * localStorage drafts keyed by plan, period and agency (`kh-report-form:<plan>:2026-H1:<agency>`;
 * the yearly period's key is the year, `…:2026:…`, as before periods existed, so a yearly draft
 * kept by an earlier release is still found), so that two agencies (or two plans)
 * sharing a browser never see each other's drafts. Storage may be unavailable (private mode,
 * quota, policy): every call then degrades to "not kept" instead of throwing.
 */
export class DraftStore {
  readonly key: string;
  constructor(planId: string, period: string, agencyId: string) {
    this.key = `kh-report-form:${planId}:${period}:${agencyId}`;
  }
  load(): LocalDraft | null {
    try {
      const d = JSON.parse(localStorage.getItem(this.key) ?? 'null') as LocalDraft | null;
      return d?.values && d.savedAt ? d : null;
    } catch {
      return null;
    }
  }
  /** Returns false when the device refused to keep it. */
  save(draft: LocalDraft): boolean {
    try {
      localStorage.setItem(this.key, JSON.stringify(draft));
      return true;
    } catch {
      return false;
    }
  }
  clear(): void {
    try {
      localStorage.removeItem(this.key);
    } catch {}
  }
}
