import type { Result } from '../../shared/api/result';

// Saving minutes while the secretary types. A save starts at most SAVE_DELAY_MS after a
// change, even during continuous typing (a throttle, not a debounce: a debounce would
// never fire while they type), saves go one at a time and in order, and a failed save
// is retried. So an acknowledged save is never more than about a second behind.

export const SAVE_DELAY_MS = 250;
const RETRY_MS = 1000;

export type SaveState =
  | { readonly kind: 'saved'; readonly at: string | null }
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string };

export class Autosaver {
  private latest: string;
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    initial: string,
    private readonly save: (text: string) => Promise<Result<{ savedAt: string }>>,
    private readonly onState: (state: SaveState) => void,
  ) {
    this.latest = initial;
  }

  update(text: string): void {
    if (text === this.latest && !this.dirty) return;
    this.latest = text;
    this.dirty = true;
    this.onState({ kind: 'unsaved' });
    this.schedule(SAVE_DELAY_MS);
  }

  /** Saves now (e.g. when leaving the item); resolves once everything typed is saved or has failed. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.inFlight || this.dirty) {
      if (this.inFlight) await this.inFlight;
      else await this.saveNow();
      if (this.dirty && !this.inFlight) {
        // The last attempt failed; flush reports it rather than spinning.
        break;
      }
    }
  }

  private schedule(delay: number): void {
    if (this.timer || this.inFlight) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.saveNow();
    }, delay);
  }

  private saveNow(): Promise<void> {
    if (!this.dirty) return Promise.resolve();
    const text = this.latest;
    this.dirty = false;
    this.onState({ kind: 'saving' });
    this.inFlight = this.save(text).then((result) => {
      this.inFlight = null;
      if (!result.ok) {
        this.dirty = true;
        this.onState({ kind: 'failed', message: result.error.message });
        this.schedule(RETRY_MS);
        return;
      }
      if (this.dirty) {
        this.onState({ kind: 'unsaved' });
        this.schedule(SAVE_DELAY_MS);
      } else {
        this.onState({ kind: 'saved', at: result.value.savedAt });
      }
    });
    return this.inFlight;
  }
}
