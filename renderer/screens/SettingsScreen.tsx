import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { SettingsInput } from '../../shared/api/preparationCalls';
import type { Settings } from '../../shared/model/preparation';
import { api } from '../api/client';
import { TextField } from '../components/TextField';
import { ErrorNotice, StatusNotice } from '../components/Notice';
import { useChange, useLoad } from '../hooks';

/** The secretary's own name and email: the audit trail names them, invitations come from them. */
export function SettingsScreen() {
  const [settings] = useLoad(() => api.getSettings({}), 'settings');
  return (
    <>
      <h1 tabIndex={-1}>Settings</h1>
      {settings.state === 'failed' && <ErrorNotice error={settings.error} />}
      {settings.state === 'ready' && <SettingsForm initial={settings.value} />}
    </>
  );
}

function SettingsForm({ initial }: { readonly initial: Settings }) {
  const change = useChange();
  const [saved, setSaved] = useState(false);
  const form = useForm<z.input<typeof SettingsInput>, unknown, z.output<typeof SettingsInput>>({ resolver: zodResolver(SettingsInput), defaultValues: initial });
  const submit = form.handleSubmit(async (values) => {
    setSaved(false);
    if (await change.run(() => api.saveSettings(values))) setSaved(true);
  });
  return (
    <form className="panel" onSubmit={submit} noValidate>
      <TextField form={form} name="userName" id="settings-name" label="Your name" hint="Recorded in the audit trail against every change you make" autoComplete="name" />
      <TextField form={form} name="userEmail" id="settings-email" label="Your email" type="email" hint="Invitations are sent from it, and replies come back to it" autoComplete="email" />
      {change.error && <ErrorNotice error={change.error} />}
      {saved && <StatusNotice message="Settings saved." />}
      <button type="submit" disabled={change.busy}>
        Save settings
      </button>
    </form>
  );
}
