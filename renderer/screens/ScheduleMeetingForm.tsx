import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { londonToday } from '../../shared/dates';
import type { Board } from '../../shared/model/board';
import { NewMeetingInput, type Meeting } from '../../shared/model/meeting';
import type { ApiError } from '../../shared/api/result';
import { api } from '../api/client';
import { describedBy, Field } from '../components/Field';
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
  const errors = form.formState.errors;

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
        <Field id="meeting-title" label="Meeting title" error={errors.title?.message}>
          <input
            id="meeting-title"
            type="text"
            autoComplete="off"
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy('meeting-title', false, errors.title)}
            {...form.register('title')}
          />
        </Field>
        <div className="field-row">
          <Field id="meeting-date" label="Date" hint={`Today is ${londonToday().split('-').reverse().join('/')}`} error={errors.date?.message}>
            <input
              id="meeting-date"
              type="date"
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={describedBy('meeting-date', true, errors.date)}
              {...form.register('date')}
            />
          </Field>
          <Field id="meeting-start" label="Starts" hint="UK time" error={errors.startTime?.message}>
            <input
              id="meeting-start"
              type="time"
              aria-invalid={errors.startTime ? true : undefined}
              aria-describedby={describedBy('meeting-start', true, errors.startTime)}
              {...form.register('startTime')}
            />
          </Field>
          <Field id="meeting-end" label="Ends" hint="UK time" error={errors.endTime?.message}>
            <input
              id="meeting-end"
              type="time"
              aria-invalid={errors.endTime ? true : undefined}
              aria-describedby={describedBy('meeting-end', true, errors.endTime)}
              {...form.register('endTime')}
            />
          </Field>
        </div>
        <Field id="meeting-place" label="Place" hint="A room and building, or “Online (Teams)”" error={errors.place?.message}>
          <input
            id="meeting-place"
            type="text"
            autoComplete="off"
            aria-invalid={errors.place ? true : undefined}
            aria-describedby={describedBy('meeting-place', true, errors.place)}
            {...form.register('place')}
          />
        </Field>
        {failure && <ErrorNotice error={failure} />}
        <button type="submit" disabled={form.formState.isSubmitting}>
          Schedule meeting
        </button>
      </form>
    </section>
  );
}
