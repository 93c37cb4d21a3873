import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formatShortDate } from '../../shared/dates';
import { NewBoardInput } from '../../shared/model/board';
import type { ApiError } from '../../shared/api/result';
import { api } from '../api/client';
import { TextField } from '../components/TextField';
import { ErrorNotice } from '../components/Notice';
import { hrefFor, useLoad } from '../hooks';

/** The first screen: the boards in this database, and creating one. */
export function BoardsScreen() {
  const [boards, reload] = useLoad(() => api.listBoards({}), 'boards');

  return (
    <>
      <h1 tabIndex={-1}>Boards</h1>
      {boards.state === 'failed' && <ErrorNotice error={boards.error} />}
      {boards.state === 'loading' && <p aria-busy="true">Loading boards…</p>}
      {boards.state === 'ready' && boards.value.length === 0 && (
        <p className="empty">
          No boards yet. Create the board whose meetings you run; sub-groups can be added as boards of their own.
        </p>
      )}
      {boards.state === 'ready' && boards.value.length > 0 && (
        <ul className="board-list" aria-label="Boards">
          {boards.value.map((board) => (
            <li key={board.id}>
              <a href={hrefFor({ screen: 'board', boardId: board.id })}>{board.name}</a>
              <span className="meta">
                {board.meetingCount === 1 ? '1 meeting' : `${board.meetingCount} meetings`}
                {board.nextMeetingDate ? ` · next on ${formatShortDate(board.nextMeetingDate)}` : ' · none planned'}
              </span>
            </li>
          ))}
        </ul>
      )}
      <CreateBoardForm onCreated={(id) => {
        reload();
        window.location.hash = hrefFor({ screen: 'board', boardId: id });
      }} />
    </>
  );
}

function CreateBoardForm({ onCreated }: { readonly onCreated: (boardId: number) => void }) {
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<z.input<typeof NewBoardInput>, unknown, z.output<typeof NewBoardInput>>({
    resolver: zodResolver(NewBoardInput),
    defaultValues: { name: '' },
  });

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await api.createBoard(values);
    if (result.ok) onCreated(result.value.id);
    else setFailure(result.error);
  });

  return (
    <section className="panel" aria-labelledby="create-board-heading">
      <h2 id="create-board-heading">Create a board</h2>
      <form onSubmit={submit} noValidate>
        <TextField form={form} name="name" id="board-name" label="Board name" hint="As it appears on agendas, e.g. “Local Area SEND Partnership Board”" />
        {failure && <ErrorNotice error={failure} />}
        <button type="submit" disabled={form.formState.isSubmitting}>
          Create board
        </button>
      </form>
    </section>
  );
}
