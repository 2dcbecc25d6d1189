import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { DryRun } from '../../../../../shared/exchange';
import type { DryRunInput } from '../../../../../shared/schemas/exchange';
import { useApi } from '../../../api/ApiProvider';
import { passphraseFieldId } from './PassphraseFields';
import { provinceKeys } from './queries';
import { useStaging } from './useStaging';

/** A dry run's answer with the input it was asked with, for the batch of files it was about. */
export interface Checked {
  input: DryRunInput;
  batch: string;
  result: DryRun;
}

const sameInput = (a: DryRunInput, b: DryRunInput) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Everything the import page holds between visits (ImportSession.tsx keeps it in the exchange
 * area): the staged files, the passphrases typed, the packages forced, the last check and the
 * last import. Import sends exactly what was checked; main checks it all again inside one transaction.
 */
export function useImportSessionState() {
  const api = useApi();
  const queryClient = useQueryClient();
  const staging = useStaging();
  const [passphrases, setPassphrases] = useState<string[]>(['']);
  const [passphraseError, setPassphraseError] = useState<string | undefined>();
  const [filesMissing, setFilesMissing] = useState(false);
  const [force, setForce] = useState<ReadonlySet<string>>(new Set());
  const [checked, setChecked] = useState<Checked | null>(null);
  const latestCheck = useRef(0);
  // Set when the user pressed "Kiểm tra": the answer's summary takes the focus once it is shown.
  const summaryFocus = useRef(false);
  // Set when an import is done: its notice takes the focus once, not on every return to the tab.
  const appliedFocus = useRef(false);

  const tokens = staging.files.map((file) => file.token);
  const batch = tokens.join('|');
  const inputWith = (forced: ReadonlySet<string>): DryRunInput => ({
    tokens,
    passphrases: passphrases.filter((passphrase) => passphrase !== ''),
    force: tokens.filter((token) => forced.has(token)),
  });
  // A check of another batch (a file added or taken out since) says nothing about this one.
  const shown = checked?.batch === batch ? checked : null;
  const upToDate = shown !== null && sameInput(shown.input, inputWith(force));

  const check = useMutation({
    mutationFn: async ({ input, batch: of }: { input: DryRunInput; batch: string }) => {
      const id = ++latestCheck.current;
      return { id, checked: { input, batch: of, result: await api.request('exchange.dryRun', input) } };
    },
    // Only the answer to the latest question is shown (a box ticked twice quickly asks twice).
    onSuccess: ({ id, checked: answer }) => {
      if (id === latestCheck.current) setChecked(answer);
    },
    onError: () => {
      summaryFocus.current = false;
    },
  });
  const apply = useMutation({
    mutationFn: (input: DryRunInput) => api.request('exchange.apply', input),
    onSuccess: () => {
      staging.clear();
      setForce(new Set());
      setChecked(null);
      check.reset();
      appliedFocus.current = true;
      void queryClient.invalidateQueries({ queryKey: provinceKeys.all });
    },
  });

  const busy = check.isPending || apply.isPending || staging.progress !== null;

  /** Asks main for a dry run; `announce` when the user asked for it, so that its summary takes the focus. */
  const runCheck = (forced: ReadonlySet<string>, announce: boolean) => {
    if (apply.isPending || staging.progress) return;
    const input = inputWith(forced);
    const noFiles = input.tokens.length === 0;
    const noPassphrase = input.passphrases.length === 0;
    setFilesMissing(noFiles);
    setPassphraseError(noPassphrase ? 'validation.required' : undefined);
    summaryFocus.current = announce && !noFiles && !noPassphrase;
    if (noFiles) document.getElementById('province-files')?.focus();
    else if (noPassphrase) document.getElementById(passphraseFieldId(0))?.focus();
    else check.mutate({ input, batch });
  };

  const setForced = (token: string, on: boolean) => {
    const next = new Set(force);
    if (on) next.add(token);
    else next.delete(token);
    setForce(next);
    runCheck(next, false);
  };

  const changePassphrases = (next: string[]) => {
    setPassphrases(next);
    if (next.some((passphrase) => passphrase !== '')) setPassphraseError(undefined);
  };

  const canApply = shown !== null && upToDate && shown.result.canApply && !check.isPending && staging.progress === null;

  return {
    staging,
    passphrases,
    changePassphrases,
    passphraseError,
    filesMissing,
    force,
    setForced,
    shown,
    upToDate,
    check,
    apply,
    busy,
    canApply,
    runCheck,
    summaryFocus,
    appliedFocus,
  };
}

export type ImportSession = ReturnType<typeof useImportSessionState>;
