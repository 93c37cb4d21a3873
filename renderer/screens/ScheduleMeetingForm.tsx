import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { londonToday } from '../../shared/dates';
import type { Board } from '../../shared/model/board';
import { NewMeetingInput, type Meeting } from '../../shared/model/meeting';
import type { ApiError } from '../../shared/api/result';
import { api } from '../api/client';
import { TextField } from '../components/TextField';
import { ErrorNotice } from '../components/Notice';

type FormValues = z.input<typeof NewMeetingInput>;

interface Props {
  readonly board: Board;
  readonly onScheduled: (meeting: Meeting) => void;
}

/** Schedule one meeting of the board. Times are Europe/London. */
export function ScheduleMeetingForm({ board, onScheduled }: Props) {
  const [failure, setFailure] = useState<ApiError | null>(null);
  const defaults: FormValues = { boardId: board.id, title: board.name, date: '', startTime: '10:00', endTime: '12:00', place: '' };
  const form = useForm<FormValues, unknown, z.output<typeof NewMeetingInput>>({
    resolver: zodResolver(NewMeetingInput),
    defaultValues: defaults,
  });

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await api.scheduleMeeting(values);
    if (!result.ok) return setFailure(result.error);
    form.reset({ ...defaults, title: values.title, startTime: values.startTime, endTime: values.endTime, place: values.place });
    onScheduled(result.value);
  });

  return (
    <section className="panel" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">Schedule a meeting</h2>
      <form onSubmit={submit} noValidate>
        <TextField form={form} name="title" id="meeting-title" label="Meeting title" />
        <div className="field-row">
          <TextField form={form} name="date" id="meeting-date" label="Date" type="date" hint={`Today is ${londonToday().split('-').reverse().join('/')}`} />
          <TextField form={form} name="startTime" id="meeting-start" label="Starts" type="time" hint="UK time" />
          <TextField form={form} name="endTime" id="meeting-end" label="Ends" type="time" hint="UK time" />
        </div>
        <TextField form={form} name="place" id="meeting-place" label="Place" hint="A room and building, or “Online (Teams)”" />
        {failure && <ErrorNotice error={failure} />}
        <button type="submit" disabled={form.formState.isSubmitting}>
          Schedule meeting
        </button>
      </form>
    </section>
  );
}
