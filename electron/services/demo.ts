import { z } from 'zod';
import demoFile from '../../assets/demo/wirral-laspb.json';
import { NewBoardInput } from '../../shared/model/board';
import { MEETING_STATUSES, NewMeetingInput } from '../../shared/model/meeting';
import type { Db } from '../../db/open';
import { boardsRepository } from '../../db/repositories/boards';
import { meetingsRepository } from '../../db/repositories/meetings';
import { ServiceError } from './errors';

// The demo data goes through the same schemas as anything a secretary types, so a slip
// in the transcribed file fails loudly instead of planting a bad row.
const DemoFile = z.object({
  board: NewBoardInput,
  areas: z.array(z.string().min(1)).length(10),
  meetings: z.array(
    z.object({
      title: z.string(),
      date: z.string(),
      startTime: z.string(),
      endTime: z.string(),
      place: z.string(),
      status: z.enum(MEETING_STATUSES),
    }),
  ),
});

export interface DemoSummary {
  readonly boardId: number;
  readonly boardName: string;
  readonly areas: number;
  readonly meetings: number;
}

/** Adds the Wirral Local Area SEND Partnership Board, its ten areas of concern and its meetings. */
export function addDemoBoard(db: Db): DemoSummary {
  const demo = DemoFile.parse(demoFile);
  const boards = boardsRepository(db);
  const meetings = meetingsRepository(db);
  if (boards.nameTaken(demo.board.name)) {
    throw new ServiceError('conflict', `This database already has the demo board “${demo.board.name}”.`);
  }
  return db.transaction((): DemoSummary => {
    const boardId = boards.create(demo.board);
    boards.addAreas(boardId, demo.areas);
    for (const { status, ...meeting } of demo.meetings) {
      meetings.schedule(NewMeetingInput.parse({ ...meeting, boardId }), status);
    }
    return { boardId, boardName: demo.board.name, areas: demo.areas.length, meetings: demo.meetings.length };
  })();
}
