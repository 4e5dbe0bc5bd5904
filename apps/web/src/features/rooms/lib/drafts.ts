import { createSessionStore } from '../../../lib/session-store';

/** What someone is writing, per room (or thread), so leaving the page for a moment loses nothing. */
export interface Draft {
  mode: 'message' | 'story';
  body: string;
  title: string;
}

export const emptyDraft: Draft = { mode: 'message', body: '', title: '' };

function isDrafts(value: unknown): value is Record<string, Draft> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const draftStore = createSessionStore<Record<string, Draft>>('spiegel.drafts', {}, isDrafts);

export function draftKey(roomId: string, replyToId: string | null): string {
  return replyToId ? `${roomId}:${replyToId}` : roomId;
}

export function saveDraft(key: string, draft: Draft): void {
  draftStore.set((all) => {
    const next = { ...all };
    if (!draft.body && !draft.title && draft.mode === 'message') delete next[key];
    else next[key] = draft;
    return next;
  });
}
