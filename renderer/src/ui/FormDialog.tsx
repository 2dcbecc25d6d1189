import type { ReactNode } from 'react';
import { Dialog } from '../features/children/Dialog';
import { useDiscardGuard } from './useDiscardGuard';

interface FormDialogProps {
  title: string;
  wide?: boolean;
  /** Whether anything was typed: then Cancel, Escape and closing ask before discarding it. */
  dirty: boolean;
  onClose: () => void;
  /** The dialog's content; its Cancel button calls `requestClose`. */
  children: (requestClose: () => void) => ReactNode;
}

/** A dialog holding a form: closing it (Cancel, Escape) asks first when something was typed. */
export function FormDialog({ title, wide, dirty, onClose, children }: FormDialogProps) {
  const { requestClose, prompt } = useDiscardGuard(dirty, onClose);
  return (
    <>
      <Dialog title={title} wide={wide} onClose={requestClose}>
        {children(requestClose)}
      </Dialog>
      {prompt}
    </>
  );
}
