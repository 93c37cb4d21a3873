export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly boardId: number | null;
  readonly entity: string;
  readonly entityId: number | null;
  readonly event: string;
  readonly summary: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface SearchHit {
  readonly kind: 'minutes' | 'decision' | 'action' | 'risk' | 'paper';
  readonly refId: number;
  readonly boardId: number | null;
  readonly title: string;
  /** With the matched words between [[ and ]]. */
  readonly snippet: string;
  readonly rank: number;
}
