import type { ItemPurpose } from './agenda';

// The standing items of an improvement board's agenda. Items added later go between the
// opening and the closing standing items.

export interface StandingItem {
  readonly kind: string;
  readonly title: string;
  readonly purpose: ItemPurpose;
  readonly minutesAllowed: number;
}

export const OPENING_ITEMS: readonly StandingItem[] = [
  { kind: 'apologies', title: 'Welcome, introductions and apologies', purpose: 'information', minutesAllowed: 5 },
  { kind: 'declarations', title: 'Declarations of interest', purpose: 'information', minutesAllowed: 2 },
  { kind: 'minutes', title: 'Minutes of the last meeting', purpose: 'decision', minutesAllowed: 5 },
  { kind: 'action_log', title: 'Action log and matters arising', purpose: 'assurance', minutesAllowed: 10 },
];

export const CLOSING_ITEMS: readonly StandingItem[] = [
  { kind: 'risk_register', title: 'Risk register', purpose: 'assurance', minutesAllowed: 10 },
  { kind: 'dashboard', title: 'Improvement plan dashboard', purpose: 'assurance', minutesAllowed: 15 },
  { kind: 'aob', title: 'Any other business', purpose: 'information', minutesAllowed: 5 },
  { kind: 'next_meeting', title: 'Date of next meeting', purpose: 'information', minutesAllowed: 2 },
];

export const CLOSING_KINDS: ReadonlySet<string> = new Set(CLOSING_ITEMS.map((item) => item.kind));
