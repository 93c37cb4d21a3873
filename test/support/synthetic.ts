import { addDays } from '../../shared/dates';
import type { NewAgendaItem } from '../../shared/model/agenda';
import type { Db } from '../../db/open';
import { repositories } from './record';

// A synthetic ten-year record at the scale the bench asks for: 120 meetings, 6,000
// actions with updates, 2,000 decisions, 40 metrics × 120 months, 1,500 papers.

export interface SyntheticScale {
  readonly meetings: number;
  readonly actions: number;
  readonly decisions: number;
  readonly metrics: number;
  readonly months: number;
  readonly papers: number;
}

export const TEN_YEARS: SyntheticScale = { meetings: 120, actions: 6000, decisions: 2000, metrics: 40, months: 120, papers: 1500 };

const WORDS = ['assessment', 'timeliness', 'co-production', 'parents', 'carers', 'commissioning', 'therapy', 'transport', 'respite', 'dashboard', 'graduated', 'response', 'inclusion', 'absence', 'tribunal', 'complaints', 'annual', 'review', 'psychology', 'capacity', 'health', 'advice', 'placement', 'sufficiency', 'training', 'SENCO', 'outcomes', 'impact', 'families', 'local', 'offer', 'website'];

export function buildSyntheticRecord(db: Db, scale: SyntheticScale = TEN_YEARS): { boardId: number; people: number[]; areas: number[]; periods: string[] } {
  const r = repositories(db);
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const actor = 'bench';

  return db.transaction(() => {
    const boardId = r.boards.create({ name: 'Synthetic Improvement Board' });
    r.boards.addAreas(boardId, Array.from({ length: 10 }, (_, i) => `Area ${i + 1}: ${sentence(6)}`));
    const areas = r.boards.areas(boardId).map((a) => a.id);
    const organisations = ['Council', 'ICB', 'Schools', 'Parent Carer Forum', 'Community Trust', 'Police'];
    const people = Array.from({ length: 60 }, (_, i) => r.people.addPerson({ name: `Person ${i + 1}`, organisation: organisations[i % organisations.length]! }));

    const meetings: { id: number; date: string; items: number[] }[] = [];
    for (let m = 0; m < scale.meetings; m += 1) {
      const date = addDays('2015-01-27', Math.round(m * 30.4));
      const id = r.meetings.schedule({ boardId, title: 'Board', date, startTime: '14:00', endTime: '16:00', place: 'Town Hall' });
      const items: NewAgendaItem[] = Array.from({ length: 10 }, (_, i) => ({
        title: `Item ${i + 1}: ${sentence(4)}`, presenterPersonId: pick(people), purpose: 'discussion', minutesAllowed: 10,
        confidential: false, confidentialReason: '', areaId: pick(areas), standingKind: '',
      }));
      const itemIds = r.agenda.append(id, items);
      for (const itemId of itemIds) r.minutes.writeEntry(itemId, sentence(60));
      meetings.push({ id, date, items: itemIds });
    }

    for (let d = 0; d < scale.decisions; d += 1) {
      const meeting = meetings[d % meetings.length]!;
      r.decisions.record({ meetingId: meeting.id, agendaItemId: pick(meeting.items), text: `The board agreed ${sentence(12)}.` }, actor);
    }

    for (let a = 0; a < scale.actions; a += 1) {
      const meeting = meetings[Math.floor((a / scale.actions) * meetings.length)]!;
      const due = addDays(meeting.date, 14 + Math.floor(random() * 90));
      const action = r.actions.create({ boardId, title: sentence(8), ownerPersonId: pick(people), dueDate: due, areaId: pick(areas), sourceMeetingId: meeting.id, sourceAgendaItemId: pick(meeting.items) }, actor);
      r.actions.addUpdate({ actionId: action.id, updateDate: addDays(meeting.date, 10), note: sentence(10), status: 'in_progress', meetingId: null }, actor);
      if (random() < 0.8) r.actions.addUpdate({ actionId: action.id, updateDate: addDays(due, random() < 0.7 ? -3 : 10), note: sentence(10), status: 'complete', meetingId: null }, actor);
      else if (random() < 0.5) r.actions.changeDueDate({ actionId: action.id, toDate: addDays(due, 30), reason: 'Dependency slipped', meetingId: null }, actor);
    }

    const periods = Array.from({ length: scale.months }, (_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    for (let k = 0; k < scale.metrics; k += 1) {
      const metricId = r.metrics.add({ areaId: areas[k % areas.length]!, name: `Metric ${k + 1}: ${sentence(4)}`, unit: k % 2 ? 'percentage' : 'count', targetText: pick(['75%', '>6', '<18', 'Higher', 'Lower', 'N/A', '90%']) });
      r.metrics.setValues(metricId, periods.flatMap((period, i) => [
        { period, kind: 'actual' as const, text: random() < 0.05 ? pick(['', 'N/A', 'TBC']) : `${Math.round(random() * 100)}%` },
        ...(i % 3 === 2 ? [{ period, kind: 'interim_target' as const, text: pick(['>6', '80%', 'Higher']) }] : []),
      ]));
    }

    for (let p = 0; p < scale.papers; p += 1) {
      const meeting = meetings[p % meetings.length]!;
      r.papers.add(pick(meeting.items), { title: `Paper ${p + 1}: ${sentence(5)}`, author: `Person ${(p % 60) + 1}`, fileName: `paper-${p + 1}.pdf`, mediaType: 'application/pdf', content: Buffer.from(`%PDF-1.7 synthetic paper ${p}`), pageCount: 1 + (p % 40) });
    }

    for (let k = 0; k < 30; k += 1) {
      r.risks.add({ boardId, title: sentence(6), description: sentence(20), ownerPersonId: pick(people), likelihood: 1 + (k % 5), impact: 1 + ((k * 3) % 5), targetLikelihood: 1, targetImpact: 2, mitigations: sentence(15), areaId: pick(areas) });
    }
    return { boardId, people, areas, periods };
  })();
}
