import type { Handlers } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { meetingPlan } from '../meetingPlan';
import { inspectPaper } from './inspect';

type PaperHandlers = Pick<Handlers, 'attachPaper' | 'replacePaper' | 'getPaperFile'>;

const titleFrom = (fileName: string) => fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || fileName;

/**
 * Papers for agenda items. A file is checked completely before anything is written, and
 * stored in the same transaction as its record, so a paper is either whole or absent.
 */
export function paperServices(ctx: ServiceContext): PaperHandlers {
  const { repos } = ctx;
  return {
    attachPaper: async ({ agendaItemId, title, author, fileName, content }) => {
      const item = ctx.found(repos.agenda.item(agendaItemId), 'agenda item');
      const inspected = await inspectPaper(fileName, content);
      repos.papers.add(agendaItemId, { title: title || titleFrom(fileName), author, fileName, content: Buffer.from(content), ...inspected });
      return meetingPlan(ctx, item.meetingId);
    },
    replacePaper: async ({ paperId, fileName, content }) => {
      const paper = ctx.found(repos.papers.paper(paperId), 'paper');
      const latest = repos.papers.versions(paper.lineageId).at(-1)!;
      if (latest.id !== paper.id) throw new ServiceError('conflict', `A newer version (${latest.version}) of “${paper.title}” exists; replace that one.`);
      const inspected = await inspectPaper(fileName, content);
      repos.papers.replace(paper.lineageId, { title: paper.title, author: paper.author, fileName, content: Buffer.from(content), ...inspected }, ctx.actor());
      return meetingPlan(ctx, ctx.found(repos.agenda.item(paper.agendaItemId), 'agenda item').meetingId);
    },
    getPaperFile: ({ paperId }) => {
      const paper = ctx.found(repos.papers.paper(paperId), 'paper');
      const content = ctx.found(repos.papers.content(paper.sha256), 'file');
      return { fileName: paper.fileName, mediaType: paper.mediaType, content, paper };
    },
  };
}
