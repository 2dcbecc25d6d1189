import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigationType } from 'react-router';
import type { OfficeProfile } from '../../../shared/schemas/office';
import { paths } from './paths';
import './shell.css';

function NavItem({ to, label }: { to: string; label: string }) {
  return (
    <li>
      <NavLink to={to} className="nav-link">
        {label}
      </NavLink>
    </li>
  );
}

/** Header with the office, the sidebar of areas, and the page. */
export function AppShell({ office, children }: { office: OfficeProfile; children: ReactNode }) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const location = useLocation();
  const navigationType = useNavigationType();
  const shownPath = useRef(location.pathname);

  // After the user moves to another page (a link, back or forward), put focus on the page
  // so keyboard and screen-reader users land there. Redirects (REPLACE) and the first
  // page leave focus alone, so the skip link stays the first stop.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    if (navigationType !== 'REPLACE') mainRef.current?.focus();
  }, [location.pathname, navigationType]);

  // A plain "#main-content" href would be read by the hash router as a route.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main-content" onClick={skipToContent}>
        {t('shell.skipToContent')}
      </a>
      <header className="shell-header">
        <span className="shell-brand">{t('app.name')}</span>
        <div className="shell-office" aria-label={t('shell.officeLabel')} role="group">
          <span className="shell-office-parent">{office.parentAgency}</span>
          <span className="shell-office-name">{office.name}</span>
        </div>
      </header>
      <div className="shell-nav-column">
        <nav className="shell-nav" aria-label={t('shell.navLabel')}>
          <ul>
            {office.mode === 'office' ? (
              <>
                <NavItem to={paths.children} label={t('nav.children')} />
                <NavItem to={paths.gifts} label={t('nav.gifts')} />
                <NavItem to={paths.fund} label={t('nav.fund')} />
                <NavItem to={paths.models} label={t('nav.models')} />
                <NavItem to={paths.exchange} label={t('nav.exchange')} />
                <NavItem to={paths.reports} label={t('nav.reports')} />
              </>
            ) : (
              // The province consolidates what the offices send; it keeps no register of its own.
              <>
                <NavItem to={paths.exchange} label={t('nav.provinceImport')} />
                <NavItem to={paths.provinceReport} label={t('nav.provinceReport')} />
              </>
            )}
            <NavItem to={paths.settings} label={t('nav.settings')} />
          </ul>
          <p className="shell-version">{t('app.version', { version: __APP_VERSION__ })}</p>
        </nav>
      </div>
      <main id="main-content" className="shell-main" tabIndex={-1} ref={mainRef}>
        {children}
      </main>
    </div>
  );
}
