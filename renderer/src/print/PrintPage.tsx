import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import './print.css';

interface PrintPageProps {
  /** Landscape for tables that need the width (Nghị định 30/2020 allows it). */
  orientation: 'portrait' | 'landscape';
  /** True once the data has loaded: Electron's hidden print window waits for it. */
  ready: boolean;
  /** Where "Quay lại" goes (the screen the document was printed from). */
  backTo: string;
  children: ReactNode;
}

/**
 * An A4 document page: on screen a sheet with a toolbar, on paper the sheet alone with the
 * margins, font and page numbers of the administrative format (see print.css).
 */
export function PrintPage({ orientation, ready, backTo, children }: PrintPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();

  useEffect(() => {
    if (!ready) return;
    document.body.dataset.printReady = 'true';
    return () => {
      delete document.body.dataset.printReady;
    };
  }, [ready]);

  return (
    <div className={`print-page print-page--${orientation}`}>
      <div className="print-toolbar" role="toolbar" aria-label={t('print.toolbarLabel')}>
        <button type="button" className="button" onClick={() => window.print()} disabled={!ready}>
          {t('print.print')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void navigate(backTo)}>
          {t('print.back')}
        </button>
      </div>
      <article className="print-sheet">{children}</article>
    </div>
  );
}
