import { useId, useRef, type ReactNode } from 'react';
import { useModalFocus } from '../../ui/useModalFocus';
import '../../ui/dialog.css';

interface DialogProps {
  title: string;
  children: ReactNode;
  onClose: () => void;
  wide?: boolean;
  /** What takes focus first; by default the first field or button inside. */
  initialFocus?: string;
}

/**
 * A modal with content (a small form, a list to decide on); keyboard behaviour from useModalFocus.
 */
export function Dialog({ title, children, onClose, wide, initialFocus }: DialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  const onKeyDown = useModalFocus(dialogRef, onClose, initialFocus);

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className={wide ? 'dialog dialog-wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
