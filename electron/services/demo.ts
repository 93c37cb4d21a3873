import { z } from 'zod';
import demoFile from '../../assets/demo/wirral-laspb.json';
import metricsFile from '../../assets/demo/wirral-metrics.json';
import { addDays } from '../../shared/dates';
import { NewBoardInput, QuorumRuleSchema } from '../../shared/model/board';
import { ITEM_PURPOSES, type NewAgendaItem } from '../../shared/model/agenda';
import { NewMeetingInput } from '../../shared/model/meeting';
import { MEMBER_ROLES, SECTORS } from '../../shared/model/people';
import type { Db } from '../../db/open';
import { actionsRepository } from '../../db/repositories/actions';
import { agendaRepository } from '../../db/repositories/agenda';
import { attendanceRepository } from '../../db/repositories/attendance';
import { auditTrail } from '../../db/repositories/audit';
import { boardsRepository } from '../../db/repositories/boards';
import { decisionsRepository } from '../../db/repositories/decisions';
import { invitationsRepository } from '../../db/repositories/invitations';
import { meetingsRepository } from '../../db/repositories/meetings';
import { metricsRepository } from '../../db/repositories/metrics';
import { minutesRepository } from '../../db/repositories/minutes';
import { peopleRepository } from '../../db/repositories/people';
import { risksRepository } from '../../db/repositories/risks';
import { workingDaysBefore } from '../../shared/rules/workingDays';
import { isEnglandAndWalesBankHoliday } from './bankHolidays';
import { ServiceError } from './errors';

// The demo board, built from the public Wirral documents (see the "source" notes in the
// two files under assets/demo/) and an illustrative year of meetings. It goes through
// the same repositories and schemas as real use, so a slip in the data fails loudly.

const Purpose = z.enum(ITEM_PURPOSES);
const DemoFile = z.object({
  board: NewBoardInput,
  notice: z.object({ kind: z.enum(['send', 'childrens_services']), issuer: z.string(), date: z.string() }),
  termsOfReference: z.object({ meetingFrequency: z.string(), quorumRuleText: z.string(), quorumRule: QuorumRuleSchema }),
  areas: z.array(z.string().min(1)).length(10),
  businessAsUsualAreas: z.array(z.number().int().min(1).max(10)),
  statutoryRoles: z.array(z.object({ title: z.string(), basis: z.string() })),
  people: z.array(
    z.object({
      key: z.string(), name: z.string(), jobTitle: z.string(), organisation: z.string(), email: z.string(),
      role: z.enum(MEMBER_ROLES), sector: z.enum(SECTORS), statutoryRole: z.string().optional(), deputyFor: z.string().optional(),
      areas: z.array(z.number().int().min(1).max(10)),
    }),
  ),
  meetings: z.array(z.object({ date: z.string(), decisions: z.number().int().min(0) })),
  meetingDefaults: z.object({ title: z.string(), startTime: z.string(), endTime: z.string(), place: z.string() }),
  standingItems: z.array(z.object({ title: z.string(), purpose: Purpose, minutes: z.number(), kind: z.string() })),
  closingItems: z.array(z.object({ title: z.string(), purpose: Purpose, minutes: z.number(), kind: z.string() })),
  topicalItems: z.array(z.object({ title: z.string(), area: z.number(), presenter: z.string(), purpose: Purpose, confidential: z.string().optional() })),
  decisionTexts: z.array(z.string()).min(1),
  actionTitles: z.array(z.string()).min(1),
  risks: z.array(
    z.object({
      title: z.string(), owner: z.string(), area: z.number(), likelihood: z.number(), impact: z.number(),
      targetLikelihood: z.number(), targetImpact: z.number(), mitigations: z.string(),
    }),
  ),
});

const MetricsFile = z.object({
  columns: z.array(z.object({ header: z.string(), period: z.string(), kind: z.enum(['actual', 'interim_target']), ambiguity: z.string().optional() })),
  rows: z.array(
    z.object({
      line: z.number(), area: z.number().int().min(1).max(10), metric: z.string(), unit: z.enum(['count', 'percentage']),
      target: z.string(), cells: z.array(z.string()), ambiguity: z.string().optional(),
    }),
  ),
});

export interface DemoSummary {
  readonly boardId: number;
  readonly boardName: string;
  readonly areas: number;
  readonly people: number;
  readonly meetings: number;
  readonly decisions: number;
  readonly actions: number;
  readonly risks: number;
  readonly metrics: number;
  readonly metricValues: number;
}

const ACTOR = 'Nadia Begum (demo data)';
/** The story stops before the eighth meeting: seven held, the eighth's pack circulated. */
const MEETINGS_HELD = 7;

export function addDemoBoard(db: Db): DemoSummary {
  const demo = DemoFile.parse(demoFile);
  const table = MetricsFile.parse(metricsFile);
  const audit = auditTrail(db);
  const boards = boardsRepository(db);
  if (boards.nameTaken(demo.board.name)) {
    throw new ServiceError('conflict', `This database already has the demo board “${demo.board.name}”.`);
  }
  const repos = {
    people: peopleRepository(db), meetings: meetingsRepository(db), agenda: agendaRepository(db),
    invitations: invitationsRepository(db, audit), attendance: attendanceRepository(db), minutes: minutesRepository(db, audit),
    decisions: decisionsRepository(db, audit), actions: actionsRepository(db, audit), risks: risksRepository(db, audit),
    metrics: metricsRepository(db),
  };
  const random = seededRandom(2024);

  return db.transaction((): DemoSummary => {
    const boardId = boards.create(demo.board);
    boards.setNotice(boardId, demo.notice);
    boards.setTermsOfReference(boardId, demo.termsOfReference);
    boards.addAreas(boardId, demo.areas);
    const areaIds = boards.areas(boardId).map((a) => a.id);
    const areaId = (n: number) => areaIds[n - 1]!;
    for (const n of demo.businessAsUsualAreas) boards.moveAreaToBusinessAsUsual(areaId(n), null, null);

    const roleIds = new Map(demo.statutoryRoles.map((r) => [r.title, repos.people.addStatutoryRole(boardId, r.title, r.basis)]));
    const personIds = new Map<string, number>();
    for (const p of demo.people) personIds.set(p.key, repos.people.addPerson(p));
    const person = (key: string) => {
      const id = personIds.get(key);
      if (id === undefined) throw new Error(`Demo data names an unknown person "${key}"`);
      return id;
    };
    for (const p of demo.people) {
      repos.people.addMembership({
        boardId, personId: person(p.key), role: p.role, sector: p.sector, joinedOn: '2024-04-01',
        statutoryRoleId: p.statutoryRole ? roleIds.get(p.statutoryRole)! : null,
        deputyPersonId: demo.people.find((d) => d.deputyFor === p.key) ? person(demo.people.find((d) => d.deputyFor === p.key)!.key) : null,
      });
      for (const n of p.areas) boards.setAreaLead(areaId(n), person(p.key));
    }

    let metricValues = 0;
    for (const row of table.rows) {
      const id = repos.metrics.add({
        areaId: areaId(row.area), name: row.metric, unit: row.unit, targetText: row.target,
        sourceNote: `Committee report, 27 November 2024, table in 3.7, line ${row.line}${row.ambiguity ? `. ${row.ambiguity}` : ''}`,
      });
      repos.metrics.setValues(id, row.cells.map((text, i) => {
        const column = table.columns[i]!;
        return { period: column.period, kind: column.kind, text, sourceColumn: column.header, note: column.ambiguity ?? '' };
      }));
      metricValues += row.cells.length;
    }

    const risks = demo.risks.map((r) =>
      repos.risks.add({ ...r, boardId, description: r.title, ownerPersonId: person(r.owner), areaId: areaId(r.area) }),
    );

    const members = demo.people.filter((p) => p.role !== 'observer' || p.statutoryRole);
    let decisionCount = 0;
    let actionCount = 0;
    let decisionText = 0;
    let actionTitle = 0;
    const meetingIds: number[] = [];
    let openActions: { id: number; due: string }[] = [];

    demo.meetings.forEach((m, index) => {
      const held = index < MEETINGS_HELD;
      const meetingId = repos.meetings.schedule(NewMeetingInput.parse({ ...demo.meetingDefaults, boardId, date: m.date }));
      meetingIds.push(meetingId);
      repos.meetings.setDeadlines(meetingId, workingDaysBefore(m.date, 10, isEnglandAndWalesBankHoliday), workingDaysBefore(m.date, 5, isEnglandAndWalesBankHoliday));

      const topical = [demo.topicalItems[(index * 2) % 10]!, demo.topicalItems[(index * 2 + 1) % 10]!];
      if (index === 2 || index === 5) topical.push(demo.topicalItems[10]!);
      const items: NewAgendaItem[] = [
        ...demo.standingItems.map((s) => standing(s)),
        ...topical.map((t) => ({
          title: t.title, presenterPersonId: person(t.presenter), purpose: t.purpose, minutesAllowed: 20,
          confidential: t.confidential !== undefined, confidentialReason: t.confidential ?? '', areaId: areaId(t.area), standingKind: '',
        })),
        ...demo.closingItems.map((s) => standing(s)),
      ];
      const itemIds = repos.agenda.append(meetingId, items);

      for (const p of members) {
        repos.invitations.record(
          { meetingId, personId: person(p.key), method: 'email_and_calendar', sentAt: `${addDays(m.date, -21)}T09:00:00.000Z`, response: 'accepted' },
          ACTOR,
        );
      }
      if (!held) {
        repos.meetings.setStatus(meetingId, 'pack_circulated');
        return;
      }

      // Attendance: one or two apologies a meeting; the director's deputy comes in her place.
      const absentees = new Set([members[1 + Math.floor(random() * (members.length - 1))]!.key]);
      if (index % 3 === 1) absentees.add('dcs');
      repos.attendance.setMany(
        members.map((p) => ({
          meetingId, personId: person(p.key), status: absentees.has(p.key) ? 'apologies' : p.key === 'deputy' && !absentees.has('dcs') ? 'absent' : 'present',
          deputyForPersonId: p.key === 'deputy' && absentees.has('dcs') ? person('dcs') : null,
          arrivedLate: p.key === 'head' && index === 3, leftEarly: p.key === 'ceo' && index === 4,
        })),
      );

      items.forEach((item, i) => repos.minutes.writeEntry(itemIds[i]!, minuteText(item.title, index)));
      for (let d = 0; d < m.decisions; d += 1) {
        const itemIndex = demo.standingItems.length + (d % topical.length);
        repos.decisions.record({ meetingId, agendaItemId: itemIds[itemIndex]!, text: demo.decisionTexts[decisionText++ % demo.decisionTexts.length]! }, ACTOR);
        decisionCount += 1;
      }

      // Matters arising: last meeting's actions are done, on time, and recorded here.
      for (const action of openActions) {
        repos.actions.addUpdate({ actionId: action.id, updateDate: m.date < action.due ? m.date : action.due, note: 'Completed; evidence circulated with the pack.', status: 'complete', meetingId }, ACTOR);
      }
      openActions = [];
      for (let a = 0; a < 2 + (index % 2); a += 1) {
        const owner = demo.people.filter((p) => ['member', 'vice_chair', 'chair'].includes(p.role))[(index + a * 3) % 9]!;
        const due = addDays(m.date, 28 + a * 14);
        const action = repos.actions.create(
          { boardId, title: demo.actionTitles[actionTitle++ % demo.actionTitles.length]!, ownerPersonId: person(owner.key), dueDate: due,
            areaId: areaId(topical[a % topical.length]!.area), sourceMeetingId: meetingId, sourceAgendaItemId: itemIds[demo.standingItems.length + (a % topical.length)]! },
          ACTOR,
        );
        actionCount += 1;
        if (index < MEETINGS_HELD - 1) openActions.push({ id: action.id, due });
        else repos.actions.addUpdate({ actionId: action.id, updateDate: m.date, note: 'Work started.', status: 'in_progress', meetingId }, ACTOR);
      }

      for (const risk of risks) {
        const step = Math.min(index, 3);
        repos.risks.review(
          { riskId: risk.id, meetingId, reviewedOn: m.date, likelihood: Math.max(risk.targetLikelihood, risk.likelihood - Math.floor(step / 2)), impact: risk.impact, note: step === 0 ? 'Added to the register.' : 'Reviewed; mitigations on track.' },
          ACTOR,
        );
      }

      if (index > 0) repos.minutes.approve(meetingIds[index - 1]!, meetingId, ACTOR);
      repos.minutes.circulate(meetingId, ACTOR);
      repos.meetings.setStatus(meetingId, 'held');
      if (index > 0) repos.meetings.setStatus(meetingIds[index - 1]!, 'minutes_approved');
    });

    return {
      boardId, boardName: demo.board.name, areas: areaIds.length, people: demo.people.length, meetings: demo.meetings.length,
      decisions: decisionCount, actions: actionCount, risks: risks.length, metrics: table.rows.length, metricValues,
    };
  })();
}

function standing(s: { title: string; purpose: NewAgendaItem['purpose']; minutes: number; kind: string }): NewAgendaItem {
  return { title: s.title, presenterPersonId: null, purpose: s.purpose, minutesAllowed: s.minutes, confidential: false, confidentialReason: '', areaId: null, standingKind: s.kind };
}

function minuteText(title: string, meetingIndex: number): string {
  return `${title}: the board received the item and discussed it. Members asked about the impact for children, young people and families; the lead officer will report progress at the next meeting (meeting ${meetingIndex + 1}).`;
}

/** A small deterministic generator, so the demo is the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
