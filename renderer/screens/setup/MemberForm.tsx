import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { MemberFields } from '../../../shared/api/preparationCalls';
import { MEMBER_ROLE_LABELS, MEMBER_ROLES, SECTORS, type Membership, type StatutoryRole } from '../../../shared/model/people';
import { Field } from '../../components/Field';
import { TextField } from '../../components/TextField';

export const SECTOR_LABELS: Record<(typeof SECTORS)[number], string> = {
  local_authority: 'Local authority',
  health: 'Health',
  education: 'Education',
  social_care: 'Social care',
  parent_carers: 'Parent carers',
  government: 'Government (DfE, NHS England)',
  other: 'Other',
};

const FormSchema = z.object({
  name: MemberFields.name,
  jobTitle: MemberFields.jobTitle,
  organisation: MemberFields.organisation,
  email: MemberFields.email,
  role: MemberFields.role,
  sector: MemberFields.sector,
  statutoryRole: z.string(),
  deputy: z.string(),
});
type FormInput = z.input<typeof FormSchema>;
type FormOutput = z.output<typeof FormSchema>;

export type MemberValues = Omit<FormOutput, 'statutoryRole' | 'deputy'> & { statutoryRoleId: number | null; deputyPersonId: number | null };

interface Props {
  readonly idPrefix: string;
  readonly initial?: Membership;
  readonly roles: readonly StatutoryRole[];
  readonly others: readonly Membership[];
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly onSubmit: (values: MemberValues) => Promise<boolean>;
  readonly onCancel?: () => void;
}

/** A member's details, role on the board, statutory invitee role and named deputy. */
export function MemberForm({ idPrefix, initial, roles, others, submitLabel, busy, onSubmit, onCancel }: Props) {
  const defaults: FormInput = {
    name: initial?.person.name ?? '',
    jobTitle: initial?.person.jobTitle ?? '',
    organisation: initial?.person.organisation ?? '',
    email: initial?.person.email ?? '',
    role: initial?.role ?? 'member',
    sector: initial?.sector ?? 'local_authority',
    statutoryRole: initial?.statutoryRoleId ? String(initial.statutoryRoleId) : '',
    deputy: initial?.deputyPersonId ? String(initial.deputyPersonId) : '',
  };
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(FormSchema), defaultValues: defaults });
  const id = (name: string) => `${idPrefix}-${name}`;
  const text = (name: 'name' | 'jobTitle' | 'organisation' | 'email', label: string, type: 'text' | 'email' = 'text') => (
    <TextField form={form} name={name} id={id(name)} label={label} type={type} />
  );

  const submit = form.handleSubmit(async ({ statutoryRole, deputy, ...rest }) => {
    const saved = await onSubmit({ ...rest, statutoryRoleId: statutoryRole ? Number(statutoryRole) : null, deputyPersonId: deputy ? Number(deputy) : null });
    if (saved && !initial) form.reset(defaults);
  });

  return (
    <form onSubmit={submit} noValidate className="member-form">
      <div className="field-row">
        {text('name', 'Name')}
        {text('jobTitle', 'Job title')}
      </div>
      <div className="field-row">
        {text('organisation', 'Organisation')}
        {text('email', 'Email', 'email')}
      </div>
      <div className="field-row">
        <Field id={id('role')} label="Role on the board">
          <select id={id('role')} {...form.register('role')}>
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {MEMBER_ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('sector')} label="Represents">
          <select id={id('sector')} {...form.register('sector')}>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {SECTOR_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('statutory')} label="Statutory invitee as">
          <select id={id('statutory')} {...form.register('statutoryRole')}>
            <option value="">Not a statutory invitee</option>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('deputy')} label="Named deputy">
          <select id={id('deputy')} {...form.register('deputy')}>
            <option value="">None</option>
            {others.map((m) => (
              <option key={m.person.id} value={m.person.id}>
                {m.person.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="actions-row">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
