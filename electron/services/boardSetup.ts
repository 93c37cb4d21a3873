import type { Handlers } from '../../shared/api/contract';
import type { BoardSetup } from '../../shared/model/preparation';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';

type SetupHandlers = Pick<
  Handlers,
  | 'getSettings' | 'saveSettings' | 'getBoardSetup' | 'saveNotice' | 'saveTermsOfReference' | 'addMember' | 'updateMember'
  | 'removeMember' | 'addStatutoryRole' | 'removeStatutoryRole' | 'addArea' | 'updateArea' | 'moveAreaToBusinessAsUsual'
>;

/** Board set-up: who sits on the board, who must be invited, its terms of reference and areas. */
export function boardSetupServices(ctx: ServiceContext): SetupHandlers {
  const { repos, db } = ctx;

  const setup = (boardId: number): BoardSetup => {
    const board = ctx.board(boardId);
    const leads = repos.boards.areaLeads(boardId);
    const lead = repos.boards.deadlineLeadDays(boardId);
    return {
      board,
      notice: repos.boards.notice(boardId)!,
      terms: repos.boards.termsOfReference(boardId)!,
      papersDueWorkingDays: lead.papersDueWorkingDays,
      packDueWorkingDays: lead.packDueWorkingDays,
      areas: repos.boards.areas(boardId).map((area) => ({ ...area, leadPersonId: leads.get(area.id) ?? null })),
      members: repos.people.members(boardId),
      statutoryRoles: repos.people.statutoryRoles(boardId),
    };
  };

  const checkRoleAndDeputy = (boardId: number, statutoryRoleId: number | null, deputyPersonId: number | null) => {
    if (statutoryRoleId !== null && repos.people.statutoryRole(statutoryRoleId)?.boardId !== boardId) {
      throw new ServiceError('invalid_input', 'That statutory role belongs to another board.');
    }
    if (deputyPersonId !== null) ctx.found(repos.people.person(deputyPersonId), 'deputy');
  };

  const membershipOf = (id: number) => {
    const membership = ctx.found(repos.people.membership(id), 'member');
    if (membership.leftOn !== null) throw new ServiceError('conflict', `${membership.person.name} has already left the board.`);
    return membership;
  };

  return {
    getSettings: () => ({ userName: repos.settings.userName(), userEmail: repos.settings.userEmail() }),
    saveSettings: ({ userName, userEmail }) => {
      repos.settings.setUserName(userName);
      repos.settings.setUserEmail(userEmail);
      return { userName, userEmail };
    },
    getBoardSetup: ({ boardId }) => setup(boardId),
    saveNotice: ({ boardId, ...notice }) => {
      ctx.board(boardId);
      repos.boards.setNotice(boardId, notice);
      return setup(boardId);
    },
    saveTermsOfReference: ({ boardId, papersDueWorkingDays, packDueWorkingDays, ...terms }) => {
      ctx.board(boardId);
      db.transaction(() => {
        repos.boards.setTermsOfReference(boardId, terms);
        repos.boards.setDeadlineLeadDays(boardId, papersDueWorkingDays, packDueWorkingDays);
      })();
      return setup(boardId);
    },
    addMember: ({ boardId, name, jobTitle, organisation, email, role, sector, statutoryRoleId, deputyPersonId }) => {
      ctx.board(boardId);
      checkRoleAndDeputy(boardId, statutoryRoleId, deputyPersonId);
      db.transaction(() => {
        const personId = repos.people.addPerson({ name, jobTitle, organisation, email });
        repos.people.addMembership({ boardId, personId, role, sector, statutoryRoleId, deputyPersonId, joinedOn: ctx.today() });
      })();
      return setup(boardId);
    },
    updateMember: ({ membershipId, name, jobTitle, organisation, email, role, sector, statutoryRoleId, deputyPersonId }) => {
      const membership = membershipOf(membershipId);
      checkRoleAndDeputy(membership.boardId, statutoryRoleId, deputyPersonId);
      if (deputyPersonId === membership.person.id) throw new ServiceError('invalid_input', 'A member cannot be their own deputy.');
      repos.people.updateMember(membershipId, { name, jobTitle, organisation, email }, { role, sector, statutoryRoleId, deputyPersonId });
      return setup(membership.boardId);
    },
    removeMember: ({ membershipId }) => {
      const membership = membershipOf(membershipId);
      repos.people.endMembership(membershipId, ctx.today());
      return setup(membership.boardId);
    },
    addStatutoryRole: ({ boardId, title, basis }) => {
      ctx.board(boardId);
      if (repos.people.statutoryRoles(boardId).some((r) => r.title.toLowerCase() === title.toLowerCase())) {
        throw new ServiceError('conflict', `“${title}” is already a statutory invitee role of this board.`);
      }
      repos.people.addStatutoryRole(boardId, title, basis);
      return setup(boardId);
    },
    removeStatutoryRole: ({ roleId }) => {
      const role = ctx.found(repos.people.statutoryRole(roleId), 'role');
      repos.people.removeStatutoryRole(roleId);
      return setup(role.boardId);
    },
    addArea: ({ boardId, title }) => {
      ctx.board(boardId);
      repos.boards.addAreas(boardId, [title]);
      return setup(boardId);
    },
    moveAreaToBusinessAsUsual: ({ areaId, on, meetingId }) => {
      const area = ctx.found(repos.boards.area(areaId), 'area of concern');
      if (meetingId !== null && ctx.meeting(meetingId).boardId !== area.boardId) throw new ServiceError('invalid_input', 'That meeting is of another board.');
      db.transaction(() => {
        repos.boards.moveAreaToBusinessAsUsual(areaId, on, meetingId);
        repos.audit.record({ actor: ctx.actor(), boardId: area.boardId, entity: 'area', entityId: areaId, event: 'area_business_as_usual', summary: `Area ${area.position} moved to business as usual on ${on}`, details: { on, meetingId } });
      })();
      return setup(area.boardId);
    },
    updateArea: ({ areaId, title, leadPersonId }) => {
      const area = ctx.found(repos.boards.area(areaId), 'area of concern');
      if (leadPersonId !== null) ctx.found(repos.people.person(leadPersonId), 'lead');
      repos.boards.updateArea(areaId, title, leadPersonId);
      return setup(area.boardId);
    },
  };
}
