import { createContext, useContext, type ReactNode } from 'react';
import { useImportSessionState, type ImportSession } from './useImportSession';

const ImportSessionContext = createContext<ImportSession | null>(null);

/**
 * Keeps the import page's work (files, passphrases, the check) while the user moves between the
 * exchange area's tabs; leaving the area hands the staged files back to main (useStaging).
 */
export function ImportSessionProvider({ children }: { children: ReactNode }) {
  const session = useImportSessionState();
  return <ImportSessionContext value={session}>{children}</ImportSessionContext>;
}

export function useImportSession(): ImportSession {
  const session = useContext(ImportSessionContext);
  if (!session) throw new Error('The import page is shown outside the exchange area (no ImportSessionProvider).');
  return session;
}
